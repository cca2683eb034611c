using WebMessaging.Scripting.Tests.Pages;

namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class FormDataTests
{
    [Fact]
    public void FormData_OfAForm_HoldsItsSuccessfulControlsInTreeOrder()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <form id="f">
              <input name="email" value="ada@example.com"><input name="off" disabled value="x"><input value="no name">
              <input type="checkbox" name="news" checked><input type="checkbox" name="spam">
              <input type="radio" name="plan" value="free"><input type="radio" name="plan" value="pro" checked>
              <select name="tags" multiple><option selected>a</option><option>b</option><option selected value="c2">c</option></select>
              <textarea name="note">hi</textarea>
              <button name="action" value="save" id="save">Save</button><button name="action" value="drop">Drop</button>
            </form>
            <script>
            const f = document.getElementById('f');
            const d = new FormData(f);
            log([...d].map(([k, v]) => k + '=' + v).join('&'));
            log(new URLSearchParams(new FormData(f, document.getElementById('save'))).toString());
            d.append('extra', 1); d.set('tags', 'only'); d.delete('note');
            log(JSON.stringify(Object.fromEntries(d)) + ' ' + d.getAll('tags').length + ' ' + d.has('note') + ' ' + String(d.get('missing')));
            d.append('file', new Blob(['x'], { type: 'text/plain' }));
            log(d.get('file') instanceof File ? d.get('file').name + ' ' + d.get('file').type : 'not a file');
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "email=ada@example.com&news=on&plan=pro&tags=a&tags=c2&note=hi",
                "email=ada%40example.com&news=on&plan=pro&tags=a&tags=c2&note=hi&action=save",
                "{\"email\":\"ada@example.com\",\"news\":\"on\",\"plan\":\"pro\",\"tags\":\"only\",\"extra\":\"1\"} 1 false null",
                "blob text/plain",
            ],
            page.Log);
    }
}
