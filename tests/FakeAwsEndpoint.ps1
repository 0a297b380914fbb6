# Dot-sourced by Pester files: a local AWS Query endpoint on 127.0.0.1 for -Aws -EndpointUrl, serving the
# recorded three-tier account of the C# tests (tests/SpofAudit.Aws.Tests/Recorded/service.Action[.token].xml),
# in a runspace of its own so the cmdlet under test can call it. -DeniedAction answers those actions with
# AccessDenied (HTTP 403), which makes a real partial read. Not a test file itself (no .Tests.ps1).

function Start-FakeAwsEndpoint {
    param(
        [string]$RecordedDirectory = (Join-Path (Join-Path $PSScriptRoot 'SpofAudit.Aws.Tests') 'Recorded'),
        [string[]]$DeniedAction = @()
    )

    $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $probe.Start()
    $port = $probe.LocalEndpoint.Port
    $probe.Stop()

    $listener = [System.Net.HttpListener]::new()
    $listener.Prefixes.Add("http://127.0.0.1:$port/")
    $listener.Start()

    $serve = {
        param($Listener, $Recorded, $Denied)
        $scope = [regex]'Credential=[^/]+/\d{8}/[^/]+/(?<service>[^/]+)/aws4_request'
        while ($Listener.IsListening) {
            try { $context = $Listener.GetContext() } catch { return }
            try {
                $reader = [System.IO.StreamReader]::new($context.Request.InputStream, [System.Text.Encoding]::UTF8)
                $form = @{}
                foreach ($pair in $reader.ReadToEnd().Split('&', [System.StringSplitOptions]::RemoveEmptyEntries)) {
                    $name, $value = $pair.Split('=', 2)
                    $form[[uri]::UnescapeDataString($name)] = if ($null -eq $value) { '' } else { [uri]::UnescapeDataString($value.Replace('+', ' ')) }
                }
                $service = $scope.Match([string]$context.Request.Headers['Authorization']).Groups['service'].Value
                $action = $form['Action']
                $token = if ($form.ContainsKey('NextToken')) { $form['NextToken'] } elseif ($form.ContainsKey('Marker')) { $form['Marker'] } else { $null }
                $file = Join-Path $Recorded ("$service.$action" + $(if ($token) { ".$token" } else { '' }) + '.xml')
                $status, $body = if ($Denied -contains $action) {
                    403, "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform: $service`:$action</Message></Error><RequestId>fake</RequestId></ErrorResponse>"
                } elseif (Test-Path -LiteralPath $file) {
                    200, [System.IO.File]::ReadAllText($file)
                } else {
                    400, "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>no recording $service.$action</Message></Error><RequestId>fake</RequestId></ErrorResponse>"
                }
                $bytes = [System.Text.Encoding]::UTF8.GetBytes($body)
                $context.Response.StatusCode = $status
                $context.Response.ContentType = 'text/xml'
                $context.Response.ContentLength64 = $bytes.Length
                $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
                $context.Response.Close()
            } catch {
                # The client went away: nothing to answer.
            }
        }
    }

    $runspace = [powershell]::Create()
    $null = $runspace.AddScript($serve).AddArgument($listener).AddArgument($RecordedDirectory).AddArgument($DeniedAction)
    $null = $runspace.BeginInvoke()
    [pscustomobject]@{ Url = "http://127.0.0.1:$port/"; Listener = $listener; Runspace = $runspace }
}

function Stop-FakeAwsEndpoint {
    param($Endpoint)
    $Endpoint.Listener.Stop()
    $Endpoint.Listener.Close()
    $Endpoint.Runspace.Dispose()
}
