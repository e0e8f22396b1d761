using IntegrationFunding.Api.Ui.Profiles;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace IntegrationFunding.Api.Ui;

/// <summary>The German web UI for integration officers: Razor Pages under <c>Ui/Pages</c>, layout and partials in <c>Ui/Shared</c>.</summary>
internal static class WebUiExtensions
{
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Ui/Pages";
            o.Conventions.AddPageRoute("/Profil/Edit", "profil");
        });
        services.Configure<RazorViewEngineOptions>(o => o.PageViewLocationFormats.Add("/Ui/Shared/{0}" + RazorViewEngine.ViewExtension));
        // German text stays readable in the HTML source (umlauts, „quotes“) instead of numeric entities; markup is still escaped.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "if-af";
            o.FormFieldName = "__if_af";
        });
        services.AddWebUiProfiles();
        return services;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }
}
