using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>
    /// A route table (DescribeRouteTables): the subnets explicitly associated with it, whether it is its VPC's
    /// main table (used by every subnet without an explicit association), and its routes.
    /// </summary>
    public sealed record RouteTable(
        string Region,
        string RouteTableId,
        string VpcId,
        bool IsMain,
        IReadOnlyList<string> SubnetIds,
        IReadOnlyList<Route> Routes);
}
