using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Inventory;
using SpofAudit.Hosting;
using SpofAudit.Model;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// Classic Load Balancers: like an ALB, a zonal managed service over its enabled zones (Elastic Load Balancing
    /// User Guide, "Availability Zones for your Classic Load Balancer"), needing any of its registered instances.
    /// </summary>
    internal static class ClassicBalancerMapping
    {
        public static List<(ClassicLoadBalancer Balancer, ComponentDraft Draft)> Add(
            AwsInventory inventory, Dictionary<string, ComponentDraft> instanceDrafts, List<ComponentDraft> drafts, ISpofHost host)
        {
            var result = new List<(ClassicLoadBalancer, ComponentDraft)>();
            foreach (var balancer in inventory.ClassicLoadBalancers)
            {
                var draft = new ComponentDraft(balancer.Name, balancer.Region, "elb:" + balancer.Region + ":" + balancer.Name, "elb", $"aws:{balancer.Region}:classicLoadBalancer/{balancer.Name}", ComponentRole.LoadBalancer)
                {
                    Scope = ComponentScope.Zonal,
                };
                draft.Zones.AddRange(balancer.Zones);
                draft.ResourceIds.Add(AwsArns.ClassicLoadBalancer(inventory.Account, balancer.Region, balancer.Name));
                var targets = balancer.InstanceIds.Where(instanceDrafts.ContainsKey).Select(id => instanceDrafts[id]).Distinct().ToArray();
                var missing = balancer.InstanceIds.Where(id => !instanceDrafts.ContainsKey(id)).ToArray();
                if (targets.Length > 0)
                {
                    draft.Needs.Add(targets);
                }

                if (missing.Length > 0)
                {
                    host.WriteWarning($"Classic Load Balancer {balancer.Name}: registered instance(s) {string.Join(", ", missing)} are not among the running instances read (export aws ec2 describe-instances); the model shows {balancer.Name} without them.");
                }

                drafts.Add(draft);
                result.Add((balancer, draft));
            }

            return result;
        }
    }
}
