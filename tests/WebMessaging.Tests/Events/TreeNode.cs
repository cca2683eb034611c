using WebMessaging.Events;

namespace WebMessaging.Tests.Events;

/// <summary>A minimal tree of event targets: each node's parent is the next object of an event's path.</summary>
internal sealed class TreeNode : EventTarget
{
    public TreeNode(string name, TreeNode? parent = null, IEventEnvironment? environment = null)
        : base(environment)
    {
        Name = name;
        Parent = parent;
    }

    public string Name { get; }

    public TreeNode? Parent { get; set; }

    public override string ToString() => Name;

    protected override EventTarget? GetTheParent(Event evt) => Parent;
}
