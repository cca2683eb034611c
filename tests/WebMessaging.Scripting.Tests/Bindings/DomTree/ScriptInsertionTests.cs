namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class ScriptInsertionTests
{
    [Fact]
    public void InlineScriptInsertedByScript_RunsAtOnceWithCurrentScript()
    {
        var log = DomPage.RunPage("""
            <body><script id="outer">
              const s = document.createElement('script');
              s.id = 'inner';
              s.textContent = "log('inner runs, currentScript ' + document.currentScript.id)";
              log('before');
              document.body.appendChild(s);
              log('after, currentScript ' + document.currentScript.id);
              document.body.appendChild(s);
            </script>
            """);
        Assert.Equal(["before", "inner runs, currentScript inner", "after, currentScript outer"], log);
    }

    [Fact]
    public void ExternalScriptInsertedByScript_RunsInATaskThenFiresLoad()
    {
        using var page = DomPage.For(
            ("https://a.example/", """
                <body><script>
                  const s = document.createElement('script');
                  s.src = 'lib.js';
                  s.onload = () => log('load event ' + (typeof libValue));
                  document.head.appendChild(s);
                  log('inserted');
                  const bad = document.createElement('script');
                  bad.src = 'missing.js';
                  bad.onerror = () => log('error event');
                  document.head.appendChild(bad);
                </script>
                """),
            ("https://a.example/lib.js", "var libValue = 1; log('lib runs ' + document.currentScript.src)"));
        page.Run();

        Assert.Equal(["inserted", "lib runs https://a.example/lib.js", "load event number", "error event"], page.Log);
    }

    [Fact]
    public void ScriptsFromInnerHtml_NeverRun_AndParserScriptsDoNotRunAgainWhenMoved()
    {
        var log = DomPage.RunPage("""
            <body><div id="d"></div><script id="first">log('first')</script><script>
              const d = document.getElementById('d');
              d.innerHTML = "<script>log('must not run')<\/script>";
              document.body.appendChild(d.firstChild);
              document.body.appendChild(document.getElementById('first'));
              const empty = document.createElement('script');
              document.body.appendChild(empty);
              empty.textContent = "log('ran when its text arrived')";
            </script>
            """);
        Assert.Equal(["first", "ran when its text arrived"], log);
    }
}
