namespace Workflow.Reports.Reading.Tables;

/// <summary>What a cell of a table region is to the table readers.</summary>
internal enum TableCellKind
{
    /// <summary>Written where a number goes: a number, a placeholder, a blank cell, or a short bad value ("1O").</summary>
    Value,

    /// <summary>Words: a row label or a fragment of one, a header, a caption, a sentence.</summary>
    Text,
}
