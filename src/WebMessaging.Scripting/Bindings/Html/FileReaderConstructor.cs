using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Bindings.WebIdl;
using Blob = WebMessaging.Values.Blob;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The FileReader interface object (https://w3c.github.io/FileAPI/#APIASynch).</summary>
internal sealed class FileReaderConstructor : InterfaceConstructor
{
    private readonly IScriptGlobal _global;

    private FileReaderConstructor(IScriptGlobal global)
        : base(global.Bindings, "FileReader", 0, global.Bindings.RequireInterface("EventTarget"), new JsObject(global.Engine))
    {
        _global = global;
        var realm = global.Bindings;

        // const unsigned short EMPTY = 0; LOADING = 1; DONE = 2;
        InterfaceMembers.DefineConstant(this, PrototypeObject, "EMPTY", FileReaderState.Empty);
        InterfaceMembers.DefineConstant(this, PrototypeObject, "LOADING", FileReaderState.Loading);
        InterfaceMembers.DefineConstant(this, PrototypeObject, "DONE", FileReaderState.Done);

        // readonly attribute unsigned short readyState;
        // readonly attribute (DOMString or ArrayBuffer)? result; readonly attribute DOMException? error;
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "readyState", thisValue => JsNumber.Create(This(thisValue).ReadyState));
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "result", thisValue => This(thisValue).Result as JsValue ?? JsValue.Null);
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "error", thisValue => This(thisValue).Error as JsValue ?? JsValue.Null);

        // undefined readAsArrayBuffer(Blob blob); readAsBinaryString(Blob blob);
        // readAsText(Blob blob, optional DOMString encoding); readAsDataURL(Blob blob);
        Read("readAsArrayBuffer", (_, bytes, _) => BufferSources.CreateArrayBuffer(Engine, bytes));
        Read("readAsBinaryString", (_, bytes, _) => new JsString(Encoding.Latin1.GetString(bytes)));
        Read("readAsText", (_, bytes, _) => new JsString(BlobParts.Utf8Decode(bytes)));
        Read("readAsDataURL", (blob, bytes, _) => new JsString("data:" + (blob.Type.Length == 0 ? "application/octet-stream" : blob.Type) + ";base64," + Convert.ToBase64String(bytes)));

        // undefined abort();
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "abort", 0, (thisValue, _) =>
        {
            var reader = This(thisValue);

            // "1. If this's state is "empty" or if this's state is "done" set this's result to null and terminate this algorithm."
            if (reader.ReadyState != FileReaderState.Loading)
            {
                reader.Result = null;
                return JsValue.Undefined;
            }

            // "2. If this's state is "loading" set this's state to "done" and set this's result to null."
            // "3. If there are any tasks from this on the file reading task source in an affiliated
            // task queue, then remove those tasks from that task queue."
            // "4. Terminate the algorithm for the read method being processed."
            // "5. Fire a progress event called abort at this." "6. If this's state is not "loading", fire a progress event called loadend at this."
            reader.ReadyState = FileReaderState.Done;
            reader.Result = null;
            reader.ReadGeneration++;
            FireProgress(reader, "abort", 0, 0);
            if (reader.ReadyState != FileReaderState.Loading)
            {
                FireProgress(reader, "loadend", 0, 0);
            }

            return JsValue.Undefined;
        });

        // attribute EventHandler onloadstart, onprogress, onload, onabort, onerror, onloadend;
        foreach (var type in (string[])["loadstart", "progress", "load", "abort", "error", "loadend"])
        {
            EventHandlerAttribute.Define(realm, PrototypeObject, "on" + type, type);
        }
    }

    /// <summary>Installs FileReader and ProgressEvent in the global's realm and exposes them.</summary>
    public static FileReaderConstructor Install(IScriptGlobal global)
    {
        ProgressEventConstructor.Install(global.Bindings, global.GlobalObject);
        var constructor = new FileReaderConstructor(global);
        constructor.ExposeOn(global.GlobalObject);
        return constructor;
    }

    // constructor();
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) =>
        new(Realm, new FileReaderState(_global.Scope), prototype);

    // https://w3c.github.io/FileAPI/#readOperation: "read operation" given a FileReader fr, a Blob
    // blob, a type and an optional encodingName.
    private void Read(string name, Func<Blob, byte[], string?, JsValue> packageData) =>
        InterfaceMembers.DefineOperation(Realm, PrototypeObject, name, 1, (thisValue, arguments) =>
        {
            var context = $"Failed to execute '{name}' on 'FileReader'";
            var reader = This(thisValue);
            WebIdlConversions.RequireArguments(Engine, arguments, 1, context);
            if (!BindingRealm.TryUnwrap<Blob>(arguments[0], out var blob))
            {
                throw ScriptErrors.TypeError(Engine, context + ": parameter 1 is not of type 'Blob'.");
            }

            // FIXME: readAsText's encoding argument and the blob's charset: the text is always decoded as UTF-8.
            // "1. If fr's state is "loading", throw an InvalidStateError DOMException."
            if (reader.ReadyState == FileReaderState.Loading)
            {
                throw ScriptErrors.DomException(Realm, "InvalidStateError", context + ": The object is already busy reading Blobs.");
            }

            // "2. Set fr's state to "loading"." "3. Set fr's result to null." "4. Set fr's error to null."
            reader.ReadyState = FileReaderState.Loading;
            reader.Result = null;
            reader.Error = null;
            var generation = ++reader.ReadGeneration;
            var bytes = blob.Bytes.ToArray();

            // "10. Let isFirstChunk be true." "In parallel, while true: ... If isFirstChunk is true,
            // queue a task to fire a progress event called loadstart at fr."
            // IMPLEMENTATION DEFINED: the bytes are in memory, so there is one chunk: loadstart,
            // one progress, then load and loadend, each in a task of the file reading task source.
            Queue(reader, generation, () => FireProgress(reader, "loadstart", 0, bytes.Length));
            Queue(reader, generation, () => FireProgress(reader, "progress", bytes.Length, bytes.Length));
            Queue(reader, generation, () =>
            {
                // "Otherwise, if chunkPromise is fulfilled with an object whose done property is true,
                // queue a task to run the following steps and abort this algorithm: 1. Set fr's state
                // to "done". 2. Let result be the result of package data given bytes, type, blob's
                // type, and encodingName. ... 4. Set fr's result to result. 5. Fire a progress event
                // called load at the fr. 6. If fr's state is not "loading", fire a progress event
                // called loadend at the fr."
                reader.ReadyState = FileReaderState.Done;
                reader.Result = packageData(blob, bytes, null);
                FireProgress(reader, "load", bytes.Length, bytes.Length);
                if (reader.ReadyState != FileReaderState.Loading)
                {
                    FireProgress(reader, "loadend", bytes.Length, bytes.Length);
                }
            });

            return JsValue.Undefined;
        });

    private static void Queue(FileReaderState reader, int generation, Action steps) =>
        reader.Global.QueueGlobalTask(TaskSource.DomManipulation, () =>
        {
            // A read that was aborted (or replaced) queues nothing more.
            if (reader.ReadGeneration == generation)
            {
                steps();
            }
        }, "file reading task");

    // https://w3c.github.io/FileAPI/#fire-a-progress-event
    private static void FireProgress(FileReaderState reader, string type, double loaded, double total) =>
        reader.FireEvent(new ProgressEvent(type, null, lengthComputable: true, loaded, total) { TimeStamp = reader.Global.EventLoop.Now });

    private FileReaderState This(JsValue thisValue) => WebIdlConversions.This<FileReaderState>(Engine, thisValue);
}
