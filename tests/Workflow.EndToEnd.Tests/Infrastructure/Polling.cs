namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>Waits for eventually-true conditions (durable work runs in the background); the bound only guards against hanging.</summary>
public static class Polling
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        var value = await read();
        while (!done(value))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not there: {value}");
            }

            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
