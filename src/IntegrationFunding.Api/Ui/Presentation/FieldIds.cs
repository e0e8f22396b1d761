namespace IntegrationFunding.Api.Ui.Presentation;

/// <summary>The HTML id of the control a model-state key belongs to (so error messages can link to their field).</summary>
public static class FieldIds
{
    public static string Of(string modelStateKey)
    {
        ArgumentNullException.ThrowIfNull(modelStateKey);
        if (modelStateKey.AsSpan().IndexOfAny('.', '[') >= 0)
        {
            return modelStateKey.Replace('.', '_').Replace('[', '_').Replace(']', '_');
        }

        return modelStateKey.Length == 0 ? modelStateKey : char.ToLowerInvariant(modelStateKey[0]) + modelStateKey[1..];
    }
}
