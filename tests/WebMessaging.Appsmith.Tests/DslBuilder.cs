using System.Text.Json;
using WebMessaging.Appsmith.Loading;

namespace WebMessaging.Appsmith.Tests;

/// <summary>Writes small DSL-only apps for tests: a main canvas holding the given widgets.</summary>
internal static class DslBuilder
{
    /// <summary>An app of one page whose widgets are <paramref name="widgets"/> (objects with widgetName, type and properties).</summary>
    public static AppsmithApplication App(params object[] widgets)
    {
        var dsl = new Dictionary<string, object>
        {
            ["widgetName"] = "MainContainer",
            ["type"] = "CANVAS_WIDGET",
            ["widgetId"] = "0",
            ["children"] = widgets,
        };
        return AppsmithApplication.Parse(JsonSerializer.Serialize(new { dsl }), "test-app.json");
    }

    /// <summary>A widget object: <paramref name="properties"/> plus its name and type.</summary>
    public static Dictionary<string, object> Widget(string name, string type, params (string Key, object Value)[] properties)
    {
        var widget = new Dictionary<string, object> { ["widgetName"] = name, ["type"] = type, ["parentId"] = "0" };
        foreach (var (key, value) in properties)
        {
            widget[key] = value;
        }

        return widget;
    }
}
