using System;
using System.Linq;
using SpofAudit.Aws.Client;

namespace SpofAudit.Aws.Tests
{
    /// <summary>Retries wait a random time under an exponential ceiling (full jitter) and stop at their bounds.</summary>
    public sealed class RetryPolicyTests
    {
        [Fact]
        public void Delays_are_jittered_under_an_exponential_ceiling()
        {
            var policy = new RetryPolicy(maxAttempts: 10, baseDelay: TimeSpan.FromMilliseconds(100), maxDelay: TimeSpan.FromSeconds(1), budget: TimeSpan.FromHours(1), seed: 7);

            for (var attempt = 1; attempt < 10; attempt++)
            {
                var ceiling = Math.Min(1000, 100 * Math.Pow(2, attempt));
                var delays = Enumerable.Range(0, 200).Select(_ => policy.NextDelay(attempt, TimeSpan.Zero)!.Value.TotalMilliseconds).ToArray();

                Assert.All(delays, d => Assert.InRange(d, 0, ceiling));
                Assert.True(delays.Distinct().Count() > 150, $"attempt {attempt}: the delays are not jittered");
                Assert.True(delays.Max() > ceiling * 0.8 && delays.Min() < ceiling * 0.2, $"attempt {attempt}: {delays.Min()}..{delays.Max()} does not spread over 0..{ceiling}");
            }
        }

        [Fact]
        public void Retrying_stops_after_the_last_attempt_or_past_the_time_budget()
        {
            var policy = new RetryPolicy(maxAttempts: 3, baseDelay: TimeSpan.FromMilliseconds(100), budget: TimeSpan.FromSeconds(5), seed: 1);

            Assert.NotNull(policy.NextDelay(2, TimeSpan.Zero));
            Assert.Null(policy.NextDelay(3, TimeSpan.Zero));
            Assert.Null(policy.NextDelay(1, TimeSpan.FromSeconds(5.001)));
        }

        [Fact]
        public void The_defaults_are_those_docs_aws_md_states()
        {
            var policy = new RetryPolicy();

            Assert.Equal(8, policy.MaxAttempts);
            Assert.Equal(TimeSpan.FromSeconds(90), policy.Budget);
        }
    }
}
