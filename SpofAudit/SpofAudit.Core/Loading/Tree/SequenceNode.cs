using System.Collections.Generic;

namespace SpofAudit.Loading.Tree
{
    internal sealed class SequenceNode : Node
    {
        private long _size = 1;
        private int _height = 1;
        private readonly List<Node> _items = new List<Node>();

        public SequenceNode(int line, int column)
            : base(line, column)
        {
        }

        // The concrete list, so foreach loops take its struct enumerator instead of boxing one per list.
        public List<Node> Items => _items;

        public void Add(Node item)
        {
            _items.Add(item);
            _size += item.Size;
            if (item.Height >= _height)
            {
                _height = item.Height + 1;
            }
        }

        public override long Size => _size;
        public override int Height => _height;

        public override string Describe() => "a list";
    }
}
