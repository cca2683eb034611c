namespace WebMessaging.Cli.App;

/// <summary>What a user action of <c>webmsg app</c> does.</summary>
internal enum AppActionKind
{
    /// <summary>--click Button1: clicks a button widget.</summary>
    Click,

    /// <summary>--type Input1=text: types into an input widget.</summary>
    Type,

    /// <summary>--in-frame Iframe1 'js': runs a script in the document of an Iframe widget.</summary>
    InFrame,
}
