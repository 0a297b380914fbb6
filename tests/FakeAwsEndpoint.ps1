# Dot-sourced by Pester files that read a live AWS account: a local AWS Query endpoint on 127.0.0.1 that answers
# with the recorded three-tier account of the C# tests (tests/SpofAudit.Aws.Tests/Recorded) and keeps, for each
# request, the signing scope (access key, region, service), the action and the session token header. It runs in a
# runspace of its own, so the cmdlet under test can call it from the pipeline thread. -DeniedAction answers those
# actions with AccessDenied (HTTP 403), which makes a real partial read. Not a test file itself (no .Tests.ps1).

function Start-FakeAwsEndpoint {
    param([string[]]$DeniedAction = @())

    $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $probe.Start()
    $port = $probe.LocalEndpoint.Port
    $probe.Stop()

    $prefix = "http://127.0.0.1:$port/"
    $listener = [System.Net.HttpListener]::new()
    $listener.Prefixes.Add($prefix)
    $listener.Start()
    $requests = [System.Collections.Concurrent.ConcurrentQueue[object]]::new()
    $recorded = Join-Path (Join-Path $PSScriptRoot 'SpofAudit.Aws.Tests') 'Recorded'

    $server = [powershell]::Create()
    $null = $server.AddScript({
        param($Listener, $Requests, $Recorded, $Denied)
        while ($Listener.IsListening) {
            try { $context = $Listener.GetContext() } catch { break }
            $body = [System.IO.StreamReader]::new($context.Request.InputStream).ReadToEnd()
            $form = @{}
            foreach ($pair in $body -split '&') {
                $parts = $pair -split '=', 2
                $form[[uri]::UnescapeDataString($parts[0])] = if ($parts.Count -gt 1) { [uri]::UnescapeDataString($parts[1]) } else { '' }
            }

            $scope = [regex]::Match([string]$context.Request.Headers['Authorization'], 'Credential=(?<key>[^/]+)/\d{8}/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request')
            $request = [pscustomobject]@{
                AccessKey = $scope.Groups['key'].Value
                Region    = $scope.Groups['region'].Value
                Service   = $scope.Groups['service'].Value
                Action    = $form['Action']
                Token     = [string]$context.Request.Headers['X-Amz-Security-Token']
            }
            $Requests.Enqueue($request)

            $page = if ($form['NextToken']) { '.' + $form['NextToken'] } elseif ($form['Marker']) { '.' + $form['Marker'] } else { '' }
            $file = Join-Path $Recorded "$($request.Service).$($request.Action)$page.xml"
            if ($Denied -contains $request.Action) {
                $context.Response.StatusCode = 403
                $bytes = [System.Text.Encoding]::UTF8.GetBytes("<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform: $($request.Service):$($request.Action)</Message></Error><RequestId>fake</RequestId></ErrorResponse>")
            }
            elseif (Test-Path -LiteralPath $file) {
                $context.Response.StatusCode = 200
                $bytes = [System.IO.File]::ReadAllBytes($file)
            }
            else {
                $context.Response.StatusCode = 400
                $bytes = [System.Text.Encoding]::UTF8.GetBytes("<ErrorResponse><Error><Code>InvalidAction</Code><Message>no recording $file</Message></Error></ErrorResponse>")
            }

            $context.Response.ContentType = 'text/xml'
            $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
            $context.Response.Close()
        }
    }).AddArgument($listener).AddArgument($requests).AddArgument($recorded).AddArgument($DeniedAction)

    [pscustomobject]@{
        Endpoint   = $prefix
        Requests   = $requests
        Listener   = $listener
        PowerShell = $server
        Handle     = $server.BeginInvoke()
    }
}

function Stop-FakeAwsEndpoint {
    param($Fake)
    $Fake.Listener.Close()
    $null = $Fake.Handle.AsyncWaitHandle.WaitOne(5000)
    $Fake.PowerShell.Dispose()
}

# Forgets the requests received so far.
function Clear-FakeAwsRequests {
    param($Fake)
    $ignored = $null
    while ($Fake.Requests.TryDequeue([ref]$ignored)) { }
}
