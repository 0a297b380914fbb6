using System;

namespace SpofAudit.Aws.Client
{
    /// <summary>What an endpoint answered to one attempt: the status, the body (read within the size limit) and a redirect's location.</summary>
    internal sealed class HttpAnswer
    {
        public HttpAnswer(int status, string text, Uri? location)
        {
            Status = status;
            Text = text;
            Location = location;
        }

        public int Status { get; }
        public string Text { get; }
        public Uri? Location { get; }

        public bool IsSuccess => Status >= 200 && Status < 300;
    }
}
