using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// <see cref="FailureEventParser.TargetNames"/>, which tab completion of -Fail offers: every name it lists is one
    /// the parser accepts as it is written (a name of several kinds as kind:name), and every kind's names are listed.
    /// </summary>
    public class FailureTargetNamesTests
    {
        [Fact]
        public void Every_listed_name_parses_on_random_models()
        {
            for (var seed = 0; seed < 200; seed++)
            {
                var model = RandomModels.Small(seed);
                var names = FailureEventParser.TargetNames(model);
                Assert.Equal(names.Count, names.Select(n => n.Key).Distinct().Count());
                foreach (var name in names)
                {
                    Assert.NotEmpty(FailureEventParser.Parse(model, new[] { name.Key }));
                }

                Assert.All(model.Components, c => Assert.Contains(names, n => n.Value == "component" && (n.Key == c.Name || n.Key == "component:" + c.Name)));
                Assert.All(model.Zones, z => Assert.Contains(names, n => n.Value == "zone" && (n.Key == z || n.Key == "zone:" + z)));
            }
        }
    }
}
