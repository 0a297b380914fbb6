using System;
using SpofAudit.Aws.Inventory;
using SpofAudit.Aws.Parsing;

namespace SpofAudit.Aws.Client
{
    /// <summary>One paginated read-only call of the inventory and the parser of its pages.</summary>
    internal sealed class InventoryCall
    {
        public InventoryCall(AwsService service, string action, Action<ResponseNode, string, AwsInventory> read)
        {
            Service = service;
            Action = action;
            Read = read;
        }

        public AwsService Service { get; }
        public string Action { get; }
        public Action<ResponseNode, string, AwsInventory> Read { get; }

        public string IamAction => Service.IamAction(Action);
    }
}
