using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>A Lambda function (ListFunctions): the VPC subnets it runs in, empty when it is not attached to a VPC.</summary>
    public sealed record LambdaFunction(string Region, string Name, IReadOnlyList<string> SubnetIds);
}
