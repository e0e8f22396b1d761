using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>German texts for the model-binding errors of the Razor Pages (instead of "The value 'x' is not valid for …").</summary>
internal static class GermanBindingMessages
{
    private const int MaxEcho = 60;

    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Der Wert „{Echo(value)}“ ist für {field} ungültig.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Der Wert „{Echo(value)}“ ist ungültig.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Der angegebene Wert ist für {field} ungültig.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Der angegebene Wert ist ungültig.");
        messages.SetValueIsInvalidAccessor(value => $"Der Wert „{Echo(value)}“ ist ungültig.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} muss eine Zahl sein.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Das Feld muss eine Zahl sein.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Für {field} fehlt ein Wert.");
        messages.SetMissingKeyOrValueAccessor(() => "Ein Wert fehlt.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Der Anfrageinhalt fehlt.");
        messages.SetValueMustNotBeNullAccessor(value => $"Der Wert „{Echo(value)}“ ist ungültig: ein Wert ist erforderlich.");
    }

    private static string Echo(string? value) => value is null ? "" : value.Length <= MaxEcho ? value : value[..MaxEcho] + "…";
}
