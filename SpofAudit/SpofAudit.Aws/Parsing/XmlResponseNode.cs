using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>
    /// A Query API XML element. Lists are an element whose children are the items, whatever their name
    /// (<c>item</c> in EC2, <c>member</c> in ELBv2 and Auto Scaling, <c>DBInstance</c> in RDS...).
    /// </summary>
    internal sealed class XmlResponseNode : ResponseNode
    {
        private readonly XElement _element;
        private readonly string _where;

        public XmlResponseNode(XElement element, string where)
        {
            _element = element;
            _where = where;
        }

        public override string Where => _where;

        public override ResponseNode? Child(params string[] names)
        {
            var element = Find(names);
            return element == null ? null : new XmlResponseNode(element, _where + "/" + element.Name.LocalName);
        }

        public override string? Text(params string[] names)
        {
            var element = Find(names);
            return element == null || element.HasElements ? null : element.Value.Trim();
        }

        public override IReadOnlyList<ResponseNode> List(params string[] names)
        {
            var element = Find(names);
            if (element == null)
            {
                return Array.Empty<ResponseNode>();
            }

            var path = _where + "/" + element.Name.LocalName;
            return element.Elements().Select((e, i) => (ResponseNode)new XmlResponseNode(e, $"{path}[{i}]")).ToArray();
        }

        public override IReadOnlyList<string> Strings(params string[] names)
        {
            var element = Find(names);
            return element == null ? Array.Empty<string>() : element.Elements().Select(e => e.Value.Trim()).ToArray();
        }

        private XElement? Find(string[] names)
        {
            foreach (var name in names)
            {
                foreach (var child in _element.Elements())
                {
                    if (string.Equals(child.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return child;
                    }
                }
            }

            return null;
        }
    }
}
