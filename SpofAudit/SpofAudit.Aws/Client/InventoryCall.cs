namespace SpofAudit.Aws.Client
{
    /// <summary>One paginated read-only call of the inventory: its service and action.</summary>
    internal sealed class InventoryCall
    {
        public InventoryCall(AwsService service, string action)
        {
            Service = service;
            Action = action;
        }

        public AwsService Service { get; }
        public string Action { get; }

        public string IamAction => Service.IamAction(Action);

        public override string ToString() => IamAction;
    }
}
