using Microsoft.Playwright;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by tools/chromium.sh) driven headless by Playwright's
/// bundled driver: no browser download. Each session gets a fresh profile; screenshots go to
/// TestResults/screenshots in the clone, kept as test artifacts.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync",
    ];

    readonly IPlaywright playwright;
    readonly IBrowserContext context;

    HeadlessChromium(IPlaywright playwright, IBrowserContext context)
    {
        this.playwright = playwright;
        this.context = context;
    }

    public static string ScreenshotFolder { get; } = Path.Combine(Repository.Root, "TestResults", "screenshots");

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: run `bash tools/chromium.sh` (.ci/run does).");
        }

        var playwright = await Playwright.CreateAsync();
        // A persistent context with a fresh folder is the way to pass --user-data-dir explicitly.
        var profile = Directory.CreateTempSubdirectory("workflow-chromium-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = Flags,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "zh-CN",
        });
        return new HeadlessChromium(playwright, context);
    }

    public async Task<IPage> OpenAsync(string url)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status}");
        return page;
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        playwright.Dispose();
    }
}
