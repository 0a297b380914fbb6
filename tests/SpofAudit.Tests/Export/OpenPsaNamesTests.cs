using System.Text.RegularExpressions;
using SpofAudit.Analysis;
using SpofAudit.Analysis.FaultTrees;
using SpofAudit.Export;

namespace SpofAudit.Tests.Export
{
    public class OpenPsaNamesTests
    {
        /// <summary>SCRAM's input.rng Identifier: an NCName matching [^\-.]+(-[^\-.]+)*.</summary>
        internal static readonly Regex Identifier = new Regex(@"^[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*$");

        [Theory]
        [InlineData(FailureEventKind.Instance, "db-1", "inst__db-1")]
        [InlineData(FailureEventKind.Zone, "us-east-1a", "zone__us-east-1a")]
        [InlineData(FailureEventKind.Region, "eu.west", "region__eu_x002E_west")]
        [InlineData(FailureEventKind.Domain, "rack_7", "domain__rack_x005F_7")]
        [InlineData(FailureEventKind.Domain, "a--b", "domain__a_x002D__x002D_b")]
        public void Names_are_readable_where_possible(FailureEventKind kind, string name, string expected)
        {
            Assert.Equal(expected, OpenPsaNames.BasicEvent(kind, name));
        }

        [Theory]
        [InlineData("")]
        [InlineData("-")]
        [InlineData("-a")]
        [InlineData("a-")]
        [InlineData("a--b")]
        [InlineData("a.b.c")]
        [InlineData("_x0041_")]
        [InlineData("__")]
        [InlineData("acct \"prod\"")]
        [InlineData("ünïcödé 🚀")]
        [InlineData("x_")]
        public void Every_name_round_trips_to_a_valid_identifier(string name)
        {
            foreach (var kind in new[] { FailureEventKind.Instance, FailureEventKind.Zone, FailureEventKind.Region, FailureEventKind.Domain })
            {
                var encoded = OpenPsaNames.BasicEvent(kind, name);
                Assert.Matches(Identifier, encoded);
                Assert.True(OpenPsaNames.TryParseBasicEvent(encoded, out var back));
                Assert.Equal(new FailureEvent(kind, name), back);
            }
        }

        [Theory]
        [InlineData("top")]
        [InlineData("down__db")]
        [InlineData("inst__bad_xZZZZ_")]
        public void Other_names_are_not_basic_events(string name)
        {
            Assert.False(OpenPsaNames.TryParseBasicEvent(name, out _));
        }
    }
}
