namespace Workflow.Functions.Faults;

/// <summary>Production behaviour: passing a fault point changes nothing.</summary>
public sealed class NoFaultPoint : IFaultPoint
{
    public void Reached(string point)
    {
    }
}
