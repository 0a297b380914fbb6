using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Counts, for one component, how many of its units each zone, region or domain event holds, counting
    /// an event once per unit even when a unit names a domain twice. Reused across components.
    /// </summary>
    internal sealed class PlaceCounter
    {
        private readonly int[] _count;
        private readonly int[] _componentStamp;
        private readonly int[] _unitStamp;
        private readonly List<int> _touched = new List<int>();
        private PlacementUnit[] _units = new PlacementUnit[8];
        private int _component;
        private int _unit;

        public PlaceCounter(int eventCount)
        {
            _count = new int[eventCount];
            _componentStamp = new int[eventCount];
            _unitStamp = new int[eventCount];
        }

        public void Begin()
        {
            _component++;
            _touched.Clear();
        }

        public void BeginUnit() => _unit++;

        /// <summary>The component's placement units in a buffer this counter reuses: valid until the next call.</summary>
        public PlacementUnit[] UnitsOf(Component component, SpofModel model, out int count)
        {
            count = PlacementUnits.Count(component);
            if (_units.Length < count)
            {
                _units = new PlacementUnit[Math.Max(count, _units.Length * 2)];
            }

            PlacementUnits.Fill(component, model, _units);
            return _units;
        }

        [MethodImpl(HotPath.Optimized)]
        public void Count(int e)
        {
            if (_unitStamp[e] == _unit)
            {
                return;
            }

            _unitStamp[e] = _unit;
            if (_componentStamp[e] != _component)
            {
                _componentStamp[e] = _component;
                _count[e] = 0;
                _touched.Add(e);
            }

            _count[e]++;
        }

        /// <summary>The events counted at least <paramref name="needed"/> times, plus <paramref name="extra"/> if not -1; sorted.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int[] Reaching(int needed, int extra)
        {
            var count = extra >= 0 ? 1 : 0;
            foreach (var e in _touched)
            {
                count += _count[e] >= needed ? 1 : 0;
            }

            if (count == 0)
            {
                return Array.Empty<int>();
            }

            var result = new int[count];
            var next = 0;
            if (extra >= 0)
            {
                result[next++] = extra;
            }

            foreach (var e in _touched)
            {
                if (_count[e] >= needed)
                {
                    result[next++] = e;
                }
            }

            if (count > 1)
            {
                Array.Sort(result);
            }

            return result;
        }
    }
}
