using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class ModuleScriptTests
{
    [Fact]
    public void Load_RunsModuleScriptsAfterClassicOnesInOrderWithDeferScripts()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script type='module'>log('m1')</script><script defer src='d.js'></script><script type='module' src='m2.js'></script><script>log('classic')</script>"),
            ("https://a.example/d.js", "log('defer')"),
            ("https://a.example/m2.js", "log('m2')"));
        var window = page.Browser.LoadEntry();
        window.DocumentTarget.AddEventListener("DOMContentLoaded", _ => page.Log.Add("DOMContentLoaded"));

        page.Browser.RunUntilIdle();

        Assert.Equal(["classic", "m1", "defer", "m2", "DOMContentLoaded"], page.Log);
    }

    [Fact]
    public void Import_ResolvesRelativeToTheImportingModule_AndEvaluatesEachModuleOnce()
    {
        using var page = PageHarness.For(
            ("https://a.example/app/", "<script type='module'>import { twice } from './lib/math.js'; import { count } from '/app/lib/counter.js'; log(twice(21) + ' ' + count);</script><script type='module'>import { count } from './lib/counter.js'; log('again ' + count);</script>"),
            ("https://a.example/app/lib/math.js", "import { bump } from '../lib/counter.js'; bump(); export const twice = x => x * 2;"),
            ("https://a.example/app/lib/counter.js", "log('counter evaluated'); export let count = 0; export function bump() { count++; }"));

        page.Run();

        Assert.Equal(["counter evaluated", "42 1", "again 1"], page.Log);
    }

    [Fact]
    public void ImportMeta_GivesTheModuleUrlOrTheDocumentsForAnInlineModule_AndResolves()
    {
        using var page = PageHarness.For(
            ("https://a.example/dir/page.html", "<script type='module'>import { where } from './sub/m.js'; log(import.meta.url); log(where); log(import.meta.resolve('../x.js'));</script>"),
            ("https://a.example/dir/sub/m.js", "export const where = import.meta.url + ' ' + import.meta.resolve('./y.js');"));

        page.Run();

        Assert.Equal(
            ["https://a.example/dir/page.html", "https://a.example/dir/sub/m.js https://a.example/dir/sub/y.js", "https://a.example/x.js"],
            page.Log);
    }

    [Fact]
    public void ModuleScripts_AreStrictWithUndefinedThisAndNoCurrentScript_AndSeeTheWindow()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script type='module'>log(String(this)); log(String(document.currentScript)); log(typeof window.postMessage); try { undeclared = 1; log('sloppy'); } catch (e) { log(e.name); }</script>"));

        page.Run();

        Assert.Equal(["undefined", "null", "function", "ReferenceError"], page.Log);
    }

    [Fact]
    public void BareSpecifier_IsReportedAsATypeError_AndLaterScriptsRun()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script>window.onerror = (message) => log('onerror ' + message);</script><script type='module'>import 'lodash'; log('not reached');</script><script type='module'>log('next module')</script>"));

        page.Run();

        Assert.Equal(2, page.Log.Count);
        Assert.StartsWith("onerror Uncaught TypeError: Failed to resolve module specifier \"lodash\"", page.Log[0]);
        Assert.Equal("next module", page.Log[1]);
    }

    [Fact]
    public void MissingDependency_FiresErrorAtTheElement_AndRunsNoModuleOfTheGraph()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script type='module' src='main.js' onload=\"log('load')\" onerror=\"log('error event')\"></script>"),
            ("https://a.example/main.js", "import './present.js'; import './missing.js'; log('main');"),
            ("https://a.example/present.js", "log('present')"));

        page.Run();

        Assert.Equal(["error event"], page.Log);
        Assert.Contains(page.Errors, d => d.Kind == PageDiagnosticKind.Network && d.SourceUrl == "https://a.example/missing.js");
    }

    [Fact]
    public void ExternalModule_FiresLoadAtTheElement_AndAnEvaluationErrorIsReportedWithItsFile()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script>window.addEventListener('error', e => log('error ' + e.filename + ' ' + e.message));</script><script type='module' src='boom.js' onload=\"log('load')\"></script>"),
            ("https://a.example/boom.js", "log('boom runs');\nthrow new RangeError('too far');"));

        page.Run();

        Assert.Equal(["boom runs", "error https://a.example/boom.js Uncaught RangeError: too far", "load"], page.Log);
    }

    [Fact]
    public void AsyncModule_RunsAsSoonAsPossibleBeforeTheLoadEvent()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script type='module' async>log('async module')</script><script type='module'>log('deferred module')</script><script>window.onload = () => log('load'); log('classic')</script>"));

        page.Run();

        Assert.Equal(["classic", "deferred module", "async module", "load"], page.Log);
    }

    [Fact]
    public void DynamicImport_FromAClassicScript_ResolvesAgainstTheScriptsUrl()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script src='/js/boot.js'></script>"),
            ("https://a.example/js/boot.js", "import('./feature.js').then(m => log('feature ' + m.value), e => log('failed ' + e));"),
            ("https://a.example/js/feature.js", "export const value = 7;"));

        page.Run();

        Assert.Equal(["feature 7"], page.Log);
    }

    [Fact]
    public void ScriptInsertedModule_RunsInATaskOfItsOwn()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script>const s = document.createElement('script'); s.type = 'module'; s.textContent = \"log('inserted module')\"; document.body.appendChild(s); log('after insert');</script>"));

        page.Run();

        Assert.Equal(["after insert", "inserted module"], page.Log);
    }

    [Fact]
    public void TopLevelAwait_InAModule_FinishesAfterItsPromiseSettles()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script type='module'>log('before'); await new Promise(r => setTimeout(r, 10)); log('after await');</script><script>log('classic')</script>"));

        page.Run();

        Assert.Equal(["classic", "before", "after await"], page.Log);
    }
}
