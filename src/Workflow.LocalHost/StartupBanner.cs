using Workflow.LocalHost.Seeding;

namespace Workflow.LocalHost;

/// <summary>What a person needs once the host is up: where things are, the keys, and a curl to submit the seed.</summary>
public sealed record StartupBanner(
    Uri ApiBase,
    string Storage,
    string TaskHub,
    string Outbox,
    string PublicReportsBase,
    string AdminKey,
    DemoAgency? DemoAgency,
    string SeedReport,
    IReadOnlyList<string> UnhostedFunctions)
{
    public string Render()
    {
        var api = ApiBase.ToString().TrimEnd('/');
        var lines = new List<string>
        {
            "",
            "Workflow local host is running. Ctrl-C stops it.",
            $"  API              {api}/api",
            $"  Storage          {Storage}",
            $"  Task hub         {TaskHub}",
            $"  Outbox (emails)  {Outbox}",
            $"  Public reports   {PublicReportsBase}",
            $"  Admin key        {AdminKey}   (header X-Admin-Key)",
        };
        if (DemoAgency is { } agency)
        {
            lines.Add($"  Demo agency      {agency.Id} ({agency.Name})");
            lines.Add($"  Agency key       {agency.ApiKey}   (header X-Agency-Key)");
            lines.Add("");
            lines.Add("Submit the seed report:");
            lines.Add($"  curl -i -X POST '{api}/api/agencies/{agency.Id}/reports/2023/drafts' \\");
            lines.Add($"    -H 'X-Agency-Key: {agency.ApiKey}' -H 'Content-Type: text/plain; charset=utf-8' \\");
            lines.Add($"    --data-binary @'{SeedReport}'");
            lines.Add("Then open the review link from the newest .eml in the outbox, or follow the status:");
            lines.Add($"  curl -s '{api}/api/agencies/{agency.Id}/reports/2023' -H 'X-Agency-Key: {agency.ApiKey}'");
        }

        if (UnhostedFunctions.Count > 0)
        {
            lines.Add("");
            lines.Add($"Not run by this host: {string.Join(", ", UnhostedFunctions)}");
        }

        lines.Add("");
        return string.Join(Environment.NewLine, lines);
    }
}
