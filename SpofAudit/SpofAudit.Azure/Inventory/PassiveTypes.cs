using System;
using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>
    /// Resource types read by no rule because they carry no availability of their own on a request's path: network
    /// plumbing the platform keeps available (NICs, VNets, NSGs, route tables, DNS zones), disks and images (part of
    /// their VM's fate), identities, monitoring and policy. Rows of these types are counted and skipped; rows of any
    /// other type SpofAudit does not model are named in a warning and an incomplete entry, because they may be
    /// something the system depends on.
    /// </summary>
    internal static class PassiveTypes
    {
        private static readonly HashSet<string> Types = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "microsoft.network/networkinterfaces",
            "microsoft.network/virtualnetworks",
            "microsoft.network/virtualnetworks/subnets",
            "microsoft.network/networksecuritygroups",
            "microsoft.network/applicationsecuritygroups",
            "microsoft.network/routetables",
            "microsoft.network/privateendpoints",
            "microsoft.network/privatednszones",
            "microsoft.network/privatednszones/virtualnetworklinks",
            "microsoft.network/dnszones",
            "microsoft.network/networkwatchers",
            "microsoft.network/networkwatchers/flowlogs",
            "microsoft.network/ddosprotectionplans",
            "microsoft.network/publicipprefixes",
            "microsoft.network/frontdoorwebapplicationfirewallpolicies",
            "microsoft.network/applicationgatewaywebapplicationfirewallpolicies",
            "microsoft.network/networkintentpolicies",
            "microsoft.compute/disks",
            "microsoft.compute/snapshots",
            "microsoft.compute/images",
            "microsoft.compute/galleries",
            "microsoft.compute/galleries/images",
            "microsoft.compute/galleries/images/versions",
            "microsoft.compute/sshpublickeys",
            "microsoft.compute/virtualmachines/extensions",
            "microsoft.compute/virtualmachinescalesets/extensions",
            "microsoft.compute/restorepointcollections",
            "microsoft.compute/proximityplacementgroups",
            "microsoft.compute/diskencryptionsets",
            "microsoft.managedidentity/userassignedidentities",
            "microsoft.web/certificates",
            "microsoft.web/sites/slots",
            "microsoft.sql/servers",
            "microsoft.sql/servers/firewallrules",
            "microsoft.cdn/profiles/afdendpoints",
            "microsoft.cdn/profiles/origingroups",
            "microsoft.cdn/profiles/securitypolicies",
        };

        /// <summary>Providers whose resources observe, govern or bill, and never serve a request.</summary>
        private static readonly string[] Providers =
        {
            "microsoft.insights/", "microsoft.alertsmanagement/", "microsoft.operationalinsights/", "microsoft.operationsmanagement/",
            "microsoft.portal/", "microsoft.security/", "microsoft.advisor/", "microsoft.authorization/", "microsoft.resources/",
            "microsoft.costmanagement/", "microsoft.policyinsights/",
        };

        public static bool Contains(string type)
        {
            if (Types.Contains(type))
            {
                return true;
            }

            foreach (var provider in Providers)
            {
                if (type.StartsWith(provider, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
