using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>The evidence (a CODEOWNERS rule, git history) that makes people operators of components, for findings about people.</summary>
    internal static class OperatorEvidenceOf
    {
        /// <summary>What says each of <paramref name="people"/> can operate <paramref name="components"/>, directly or through a team.</summary>
        public static IReadOnlyList<OperatorEvidence> People(SpofModel model, IReadOnlyList<string> people, IReadOnlyList<string> components)
        {
            var evidence = new List<OperatorEvidence>();
            foreach (var name in components)
            {
                foreach (var item in model.FindComponent(name)?.Evidence ?? (IReadOnlyList<OperatorEvidence>)System.Array.Empty<OperatorEvidence>())
                {
                    if (people.Any(person => item.Owner == person || model.Teams.Any(team => team.Name == item.Owner && team.Members.Contains(person))))
                    {
                        evidence.Add(item);
                    }
                }
            }

            return evidence;
        }
    }
}
