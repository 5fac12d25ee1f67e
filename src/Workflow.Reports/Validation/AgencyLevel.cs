namespace Workflow.Reports.Validation;

/// <summary>
/// The level of an agency as far as its name tells it for certain (<see cref="AgencyLevels.FromName"/>): a county
/// or district government or one of its departments, a township or sub-district, or unknown (a city, a province, a
/// 县级市 whose name is that of a city, a ministry).
/// </summary>
public enum AgencyLevel
{
    Unknown,
    County,
    Township,
}
