using System;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// Exponential backoff with full jitter (a random wait between 0 and min(cap, base·2^attempt)), bounded in
    /// attempts and in total time, so a throttled account slows the audit down without hanging it. An endpoint that
    /// does not answer at all (refused, unknown host, no answer in time) gets fewer attempts: it rarely recovers in
    /// seconds, and the admin should not wait through eight backoffs to learn the endpoint is wrong.
    /// </summary>
    public sealed class RetryPolicy
    {
        private readonly Random _random;

        public RetryPolicy(int maxAttempts = 8, TimeSpan? baseDelay = null, TimeSpan? maxDelay = null, TimeSpan? budget = null, int? seed = null, int maxTransportAttempts = 3)
        {
            MaxAttempts = maxAttempts;
            MaxTransportAttempts = Math.Min(maxAttempts, maxTransportAttempts);
            BaseDelay = baseDelay ?? TimeSpan.FromMilliseconds(200);
            MaxDelay = maxDelay ?? TimeSpan.FromSeconds(10);
            Budget = budget ?? TimeSpan.FromSeconds(90);
            _random = seed == null ? new Random() : new Random(seed.Value);
        }

        public int MaxAttempts { get; }

        /// <summary>Attempts when the endpoint gave no HTTP answer (connection refused, DNS failure, timeout).</summary>
        public int MaxTransportAttempts { get; }
        public TimeSpan BaseDelay { get; }
        public TimeSpan MaxDelay { get; }

        /// <summary>Longest time one call may spend, retries included.</summary>
        public TimeSpan Budget { get; }

        /// <summary>The wait before retry number <paramref name="attempt"/> (1 = first retry), or null when retrying would break a bound.</summary>
        public TimeSpan? NextDelay(int attempt, TimeSpan elapsed, bool noAnswer = false)
        {
            if (attempt >= (noAnswer ? MaxTransportAttempts : MaxAttempts))
            {
                return null;
            }

            var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
            double jitter;
            lock (_random)
            {
                jitter = _random.NextDouble();
            }

            var delay = TimeSpan.FromMilliseconds(ceiling * jitter);
            return elapsed + delay > Budget ? (TimeSpan?)null : delay;
        }
    }
}
