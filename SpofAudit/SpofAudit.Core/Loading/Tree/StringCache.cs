namespace SpofAudit.Loading.Tree
{
    /// <summary>
    /// Turns characters into strings, returning the same string for text seen recently: keys such as <c>name</c>
    /// and <c>zone</c> and values such as zone names repeat millions of times in a large file. Direct-mapped, so a
    /// lookup costs one hash and one comparison and the cache never grows.
    /// </summary>
    internal sealed class StringCache
    {
        private const int Slots = 4096;
        private const int LongestCached = 48;

        private readonly string?[] _slots = new string?[Slots];

        public string Get(char[] buffer, int start, int length)
        {
            if (length == 0)
            {
                return string.Empty;
            }

            if (length > LongestCached)
            {
                return new string(buffer, start, length);
            }

            var hash = 2166136261u;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ buffer[i]) * 16777619u;
            }

            var slot = (int)(hash & (Slots - 1));
            var cached = _slots[slot];
            if (cached != null && cached.Length == length && SameText(cached, buffer, start))
            {
                return cached;
            }

            var created = new string(buffer, start, length);
            _slots[slot] = created;
            return created;
        }

        private static bool SameText(string text, char[] buffer, int start)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != buffer[start + i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
