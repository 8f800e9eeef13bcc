// The types every stage shares. Stages pass plain objects; problems travel as
// values (`Message`) beside the result instead of exceptions (mammoth's Result).
/** Thrown by a reader for a file it cannot read at all; the message is shown to auditors as is. */
export class UnreadableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnreadableError';
    }
}
