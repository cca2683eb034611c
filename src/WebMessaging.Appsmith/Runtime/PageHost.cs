using Jint;
using Jint.Native;
using Jint.Runtime.Interop;

namespace WebMessaging.Appsmith.Runtime;

/// <summary>The bridge object the prelude calls into .NET through: alerts, the store, navigation, warnings, messages, errors.</summary>
internal static class PageHost
{
    /// <summary>A new host object for <paramref name="runtime"/>'s realm.</summary>
    public static JsObject Create(PageRuntime runtime, AppsmithSession session)
    {
        var engine = runtime.Engine;
        var host = new JsObject(engine);
        void Define(string name, Func<JsValue[], JsValue> steps) =>
            host.Set(name, new ClrFunction(engine, name, (_, arguments) => steps(arguments)));
        static JsValue Arg(JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;

        Define("showAlert", a =>
        {
            session.RecordAlert(Arg(a, 0).ToString(), Arg(a, 1).ToString());
            return JsValue.Undefined;
        });
        Define("storeValue", a =>
        {
            var json = Arg(a, 2);
            session.SetStoreValue(Arg(a, 0).ToString(), Arg(a, 1).ToObject(), json.IsUndefined() ? null : json.ToString(), runtime.Preview(Arg(a, 1)));
            runtime.ScheduleEvaluation();
            return JsValue.Undefined;
        });
        Define("removeValue", a =>
        {
            session.RemoveStoreValue(Arg(a, 0).ToString());
            runtime.ScheduleEvaluation();
            return JsValue.Undefined;
        });
        Define("clearStore", _ =>
        {
            session.ClearStore();
            runtime.ScheduleEvaluation();
            return JsValue.Undefined;
        });
        Define("navigateTo", a =>
        {
            session.RequestNavigation(Arg(a, 0).ToString());
            return JsValue.Undefined;
        });
        Define("normalizeOrigin", a =>
        {
            var action = Arg(a, 0).ToString();
            var origin = Arg(a, 1);
            if (!origin.IsString())
            {
                throw new Jint.Runtime.JavaScriptException(engine.Intrinsics.TypeError, $"{action}: the origin must be a string such as 'https://parent.example', not {runtime.Preview(origin)}");
            }

            return OriginArgument.Normalize(origin.ToString(), out var problem) is { } normalized
                ? new JsString(normalized)
                : throw new Jint.Runtime.JavaScriptException(engine.Intrinsics.TypeError, action + ": " + problem);
        });
        Define("warn", a =>
        {
            session.Record(AppsmithEventKind.Warning, Arg(a, 0).ToString(), Arg(a, 1).ToString());
            return JsValue.Undefined;
        });
        Define("listening", a =>
        {
            runtime.Listening(Arg(a, 0).ToString(), Arg(a, 1).AsBoolean());
            return JsValue.Undefined;
        });
        Define("iframeMessage", a =>
        {
            runtime.IframeMessage(Arg(a, 0).ToString(), Arg(a, 1), Arg(a, 2));
            return JsValue.Undefined;
        });
        Define("actionError", a =>
        {
            session.Record(AppsmithEventKind.ActionError, Arg(a, 0).ToString(), Arg(a, 1).ToString());
            runtime.ScheduleEvaluation();
            return JsValue.Undefined;
        });
        Define("changed", _ =>
        {
            runtime.ScheduleEvaluation();
            return JsValue.Undefined;
        });
        return host;
    }
}
