using System;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace SpofAudit.Reports.Tests
{
    /// <summary>
    /// One headless Debian Chromium for all browser tests of a class, driven by Playwright's bundled node
    /// driver; no browser is downloaded (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, executablePath).
    /// </summary>
    public sealed class BrowserFixture : IAsyncLifetime
    {
        private IPlaywright? _playwright;

        public IBrowser Browser { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = RepositoryPaths.Chromium(),
                Headless = true,
                Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking" },
            });
        }

        public async Task DisposeAsync()
        {
            if (Browser != null)
            {
                await Browser.CloseAsync();
            }

            _playwright?.Dispose();
        }
    }
}
