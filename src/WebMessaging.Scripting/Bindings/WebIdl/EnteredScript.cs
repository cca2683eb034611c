namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>The scope of <see cref="BindingRealm.EnterScript"/>: disposing it leaves the realm's script again.</summary>
public readonly struct EnteredScript : IDisposable
{
    private readonly BindingRealm? _previous;

    internal EnteredScript(BindingRealm? previous) => _previous = previous;

    /// <summary>Restores the realm that was entered before.</summary>
    public void Dispose() => BindingRealm.LeaveScript(_previous);
}
