using System.Collections.Generic;

namespace SpofAudit.Loading.Tree
{
    internal sealed class SequenceNode : Node
    {
        private readonly List<Node> _items = new List<Node>();

        public SequenceNode(int line, int column)
            : base(line, column)
        {
        }

        public IReadOnlyList<Node> Items => _items;

        public void Add(Node item)
        {
            _items.Add(item);
            Size += item.Size;
            if (item.Height >= Height)
            {
                Height = item.Height + 1;
            }
        }

        public override string Describe() => "a list";
    }
}
