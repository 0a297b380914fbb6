using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>The shared sets of the order-1 analysis hold exactly what plain sets would, whatever order they are built in.</summary>
    public class EventSetStoreTests
    {
        [Fact]
        public void Unions_and_differences_hold_the_same_events_as_plain_sets()
        {
            var random = new Random(14);
            var store = new EventSetStore();
            var handles = new List<int> { EventSetStore.Empty };
            var plain = new List<SortedSet<int>> { new SortedSet<int>() };
            for (var step = 0; step < 3000; step++)
            {
                int handle;
                SortedSet<int> expected;
                var a = random.Next(handles.Count);
                var b = random.Next(handles.Count);
                switch (random.Next(3))
                {
                    case 0:
                        var events = Enumerable.Range(0, random.Next(6)).Select(_ => random.Next(400)).Distinct().OrderBy(e => e).ToArray();
                        handle = store.FromSorted(events);
                        expected = new SortedSet<int>(events);
                        break;
                    case 1:
                        handle = store.Union(handles[a], handles[b]);
                        expected = new SortedSet<int>(plain[a].Union(plain[b]));
                        break;
                    default:
                        handle = store.Difference(handles[a], handles[b]);
                        expected = new SortedSet<int>(plain[a].Except(plain[b]));
                        break;
                }

                Assert.Equal(expected.ToArray(), store.ToArray(handle));
                Assert.Equal(expected.Count, store.Count(handle));
                var probe = random.Next(400);
                Assert.Equal(expected.Contains(probe), store.Contains(handle, probe));
                handles.Add(handle);
                plain.Add(expected);
            }
        }

        [Fact]
        public void A_union_with_a_set_it_grew_from_is_itself()
        {
            // Along a chain each set is its child's plus one event: adding the child's again must cost nothing.
            var store = new EventSetStore();
            var child = store.FromSorted(Enumerable.Range(0, 100).ToArray());
            var grown = store.Union(store.FromSorted(new[] { 500 }), child);
            Assert.Equal(grown, store.Union(grown, child));
            Assert.Equal(grown, store.Union(child, grown));
        }
    }
}
