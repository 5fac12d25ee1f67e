namespace Workflow.Functions.Faults;

/// <summary>
/// Marks the places where a crash is hardest to recover from (see <see cref="FaultPoints"/>), so that fault
/// injection tests can make the host die exactly there. In production it does nothing.
/// </summary>
public interface IFaultPoint
{
    /// <param name="point">One of the <see cref="FaultPoints"/> names.</param>
    void Reached(string point);
}
