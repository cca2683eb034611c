namespace WebMessaging.Cli.Wpt;

/// <summary>
/// The script the runner puts at the start of the checkout's <c>resources/testharnessreport.js</c>: it turns
/// the harness's output off and hands every subtest and the harness status to the runner
/// through the host function <see cref="FunctionName"/>, which only the test's own window has.
/// </summary>
internal static class WptReportHook
{
    /// <summary>The name of the host function on the test window's global.</summary>
    public const string FunctionName = "__webmsgWptReport";

    /// <summary>The hook's source.</summary>
    /// <remarks>
    /// Calls: ("ready"), ("test", id, name, status, message) when a subtest is made or changes,
    /// ("result", id, name, status, message) when it finishes, and ("done", -1, "", harness status,
    /// message) once the harness completes (after a final "result" for every subtest).
    /// </remarks>
    public const string Source = """
        // Added by webmsg wpt: reports the results to the runner.
        (function () {
          if (typeof __webmsgWptReport !== "function" || typeof add_completion_callback !== "function") {
            return;
          }
          var report = __webmsgWptReport;
          var ids = new Map();
          function idOf(test) {
            var id = ids.get(test);
            if (id === undefined) {
              id = ids.size;
              ids.set(test, id);
            }
            return id;
          }
          function text(value) {
            return value === undefined || value === null ? null : String(value);
          }
          setup({ output: false });
          add_test_state_callback(function (test) {
            report("test", idOf(test), String(test.name), test.status, text(test.message));
          });
          add_result_callback(function (test) {
            report("result", idOf(test), String(test.name), test.status, text(test.message));
          });
          add_completion_callback(function (tests, status) {
            for (var i = 0; i < tests.length; i++) {
              report("result", idOf(tests[i]), String(tests[i].name), tests[i].status, text(tests[i].message));
            }
            report("done", -1, "", status.status, text(status.message));
          });
          report("ready", -1, "", 0, null);
        })();

        """;
}
