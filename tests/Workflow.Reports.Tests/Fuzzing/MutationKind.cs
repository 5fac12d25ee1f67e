namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>The ways an input is damaged: byte-level noise and the edits that break a report's structure.</summary>
public enum MutationKind
{
    FlipBit,
    SetByte,
    InsertRandomBytes,
    DeleteBytes,
    Truncate,
    InsertToken,
    DuplicateRow,
    DeleteLine,
    SpliceLines,
    SwapLines,
    HugeNumber,
    FullWidthDigits,
    StrayPipe,
    InsertNul,
}
