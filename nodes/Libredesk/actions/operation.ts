/** Kept until the files of the hardening branch import operationTypes.ts directly. */
export * from './operationTypes';
