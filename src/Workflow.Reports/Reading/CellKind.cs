namespace Workflow.Reports.Reading;

/// <summary>How a table cell was filled in.</summary>
internal enum CellKind
{
    /// <summary>Nothing written: the value is unknown, never 0.</summary>
    Blank,

    /// <summary>A number, possibly signed (增/减) and with a unit ("15098件", "1887.214474万元").</summary>
    Number,

    /// <summary>A dash, slash or 无 standing in for a number: unknown, and worth a reviewer's look.</summary>
    Placeholder,

    /// <summary>Text that is not a number at all.</summary>
    Invalid,
}
