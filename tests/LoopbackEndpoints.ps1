# Dot-sourced by Pester files that read live Azure against this machine: local stand-ins for App Service's
# managed-identity token endpoint and for Azure Resource Manager, each serving recorded data from a PowerShell
# runspace (AWS's stand-in is FakeAwsEndpoint.ps1). Not a test file itself (no .Tests.ps1), so Pester does not run it.
#   $identity = Start-LoopbackManagedIdentity -AccessToken $token ; ... ; Stop-LoopbackEndpoint $identity

function Get-LoopbackPort {
    # A port nothing listens on now: the system picks it, the probe gives it back.
    $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $probe.Start()
    try { $probe.LocalEndpoint.Port } finally { $probe.Stop() }
}

function Start-LoopbackServer {
    # Runs $Script in its own runspace with $Arguments; the runspace serves until its listener stops.
    param([scriptblock]$Script, [object[]]$Arguments)
    $server = [powershell]::Create()
    $null = $server.AddScript($Script)
    foreach ($argument in $Arguments) { $null = $server.AddArgument($argument) }
    [pscustomobject]@{ Server = $server; Serving = $server.BeginInvoke() }
}

function Stop-LoopbackEndpoint {
    param([Parameter(Mandatory)][pscustomobject]$Endpoint)
    $Endpoint.Listener.Stop()
    if ($Endpoint.Listener -is [System.Net.HttpListener]) { $Endpoint.Listener.Close() }
    $Endpoint.Runspace.Server.Dispose()
    if ($Endpoint.PSObject.Properties['Certificate']) { $Endpoint.Certificate.Dispose() }
}

function Start-LoopbackManagedIdentity {
    # App Service's managed-identity endpoint as Azure.Identity's ManagedIdentityCredential calls it when
    # IDENTITY_ENDPOINT and IDENTITY_HEADER are set (AppServiceV2019ManagedIdentitySource): GET
    # {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource={audience}, the secret in the X-IDENTITY-HEADER header.
    # The answer is the documented token response (access_token, expires_on in Unix seconds, resource,
    # token_type). A request without the secret is refused, so a token only comes through that route.
    param([Parameter(Mandatory)][string]$AccessToken)
    $url = "http://127.0.0.1:$(Get-LoopbackPort)/msi/token/"
    $secret = [guid]::NewGuid().ToString()
    $listener = [System.Net.HttpListener]::new()
    $listener.Prefixes.Add($url)
    $listener.Start()
    $runspace = Start-LoopbackServer -Arguments $listener, $secret, $AccessToken -Script {
        param($listener, $secret, $accessToken)
        while ($listener.IsListening) {
            try { $context = $listener.GetContext() } catch { return }
            $request = $context.Request
            $resource = $request.QueryString['resource']
            if ($request.HttpMethod -eq 'GET' -and $request.Headers['X-IDENTITY-HEADER'] -eq $secret -and
                $request.QueryString['api-version'] -eq '2019-08-01' -and $resource) {
                $status = 200
                $answer = @{
                    access_token = $accessToken; token_type = 'Bearer'; resource = $resource
                    expires_on = [string][DateTimeOffset]::UtcNow.AddHours(1).ToUnixTimeSeconds()
                } | ConvertTo-Json -Compress
            }
            else {
                $status = 400
                $answer = '{"statusCode": 400, "message": "not a managed-identity token request with the right X-IDENTITY-HEADER"}'
            }
            $bytes = [System.Text.Encoding]::UTF8.GetBytes($answer)
            $context.Response.StatusCode = $status
            $context.Response.ContentType = 'application/json'
            $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
            $context.Response.Close()
        }
    }
    [pscustomobject]@{ Url = $url; Secret = $secret; Listener = $listener; Runspace = $runspace }
}

function New-LoopbackCertificate {
    # A self-signed certificate for 127.0.0.1, valid for an hour: Azure.Core sends bearer tokens over HTTPS only.
    $key = [System.Security.Cryptography.RSA]::Create(2048)
    try {
        $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new(
            'CN=127.0.0.1', $key, [System.Security.Cryptography.HashAlgorithmName]::SHA256, [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
        $names = [System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder]::new()
        $names.AddIpAddress([System.Net.IPAddress]::Loopback)
        $request.CertificateExtensions.Add($names.Build())
        $created = $request.CreateSelfSigned([DateTimeOffset]::UtcNow.AddMinutes(-5), [DateTimeOffset]::UtcNow.AddHours(1))
        try {
            # Re-imported from PKCS#12 so SslStream can use the private key on every platform.
            [System.Security.Cryptography.X509Certificates.X509CertificateLoader]::LoadPkcs12(
                $created.Export([System.Security.Cryptography.X509Certificates.X509ContentType]::Pfx), $null)
        }
        finally { $created.Dispose() }
    }
    finally { $key.Dispose() }
}

function Start-LoopbackResourceManager {
    # Azure Resource Manager over HTTPS on 127.0.0.1, serving one recorded subscription: the subscription list
    # (GET /subscriptions) and Resource Graph (POST /providers/Microsoft.ResourceGraph/resources), whose query
    # names the resource types it wants ("type in~ ('...')"); the recorded rows of those types come back in one
    # page. Every request must carry "Authorization: Bearer $AccessToken" (else 401); anything else is a 404.
    # Clients trust the certificate through the PEM file in CertificateFile (SSL_CERT_FILE on Linux).
    param(
        [Parameter(Mandatory)][string]$ExportFile,
        [Parameter(Mandatory)][string]$SubscriptionName,
        [Parameter(Mandatory)][string]$AccessToken,
        [Parameter(Mandatory)][string]$CertificateFile
    )
    $certificate = New-LoopbackCertificate
    Set-Content -LiteralPath $CertificateFile -Value $certificate.ExportCertificatePem() -Encoding ascii
    $rows = @(Get-Content -LiteralPath $ExportFile -Raw | ConvertFrom-Json -AsHashtable)
    $subscriptionId = @($rows | ForEach-Object { ($_.id -split '/')[2] } | Sort-Object -Unique)
    if ($subscriptionId.Count -ne 1) { throw "$ExportFile holds $($subscriptionId.Count) subscriptions; the loopback Resource Manager serves one" }
    $subscriptions = @{ value = @(@{ id = "/subscriptions/$subscriptionId"; subscriptionId = "$subscriptionId"; displayName = $SubscriptionName; state = 'Enabled' }) } |
        ConvertTo-Json -Depth 5 -Compress
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    $url = "https://127.0.0.1:$($listener.LocalEndpoint.Port)/"
    $runspace = Start-LoopbackServer -Arguments $listener, $certificate, $rows, $subscriptions, $AccessToken -Script {
        param($listener, $certificate, $rows, $subscriptions, $accessToken)
        $ascii = [System.Text.Encoding]::ASCII
        while ($true) {
            try { $client = $listener.AcceptTcpClient() } catch { return }
            try {
                $tls = [System.Net.Security.SslStream]::new($client.GetStream())
                $tls.AuthenticateAsServer($certificate)
                # The request head, byte by byte up to the blank line, then exactly Content-Length bytes of body.
                $head = [System.Collections.Generic.List[byte]]::new()
                while (-not ($head.Count -ge 4 -and $head[-4] -eq 13 -and $head[-3] -eq 10 -and $head[-2] -eq 13 -and $head[-1] -eq 10)) {
                    $next = $tls.ReadByte()
                    if ($next -lt 0) { throw 'the client closed the connection mid-request' }
                    $head.Add([byte]$next)
                }
                $lines = $ascii.GetString($head.ToArray()) -split "`r`n"
                $method, $target, $null = $lines[0] -split ' '
                $headers = @{}
                foreach ($line in $lines[1..($lines.Count - 1)]) {
                    if ($line -match '^(?<name>[^:]+):\s*(?<value>.*)$') { $headers[$Matches.name.ToLowerInvariant()] = $Matches.value }
                }
                $body = [byte[]]::new([int]$headers['content-length'])
                $read = 0
                while ($read -lt $body.Length) {
                    $count = $tls.Read($body, $read, $body.Length - $read)
                    if ($count -le 0) { throw 'the client closed the connection mid-body' }
                    $read += $count
                }

                $status = 200
                if ($headers['authorization'] -ne "Bearer $accessToken") {
                    $status = 401; $answer = '{"error": {"code": "InvalidAuthenticationToken", "message": "not the token the loopback identity served"}}'
                }
                elseif ($method -eq 'GET' -and $target -like '/subscriptions`?api-version=*') {
                    $answer = $subscriptions
                }
                elseif ($method -eq 'POST' -and $target -like '/providers/Microsoft.ResourceGraph/resources`?api-version=*') {
                    $query = ([System.Text.Encoding]::UTF8.GetString($body) | ConvertFrom-Json).query
                    $types = if ($query -match "type in~ \((?<types>[^)]*)\)") { @([regex]::Matches($Matches.types, "'([^']+)'") | ForEach-Object { $_.Groups[1].Value }) } else { @() }
                    $data = @($rows | Where-Object { $types -contains $_.type })
                    $answer = @{ totalRecords = $data.Count; count = $data.Count; resultTruncated = 'false'; data = $data } | ConvertTo-Json -Depth 32 -Compress
                }
                else {
                    $status = 404; $answer = '{"error": {"code": "NotRecorded", "message": "the loopback Resource Manager serves only the subscription list and Resource Graph"}}'
                }
                $payload = [System.Text.Encoding]::UTF8.GetBytes($answer)
                $reason = @{ 200 = 'OK'; 401 = 'Unauthorized'; 404 = 'Not Found' }[$status]
                $response = $ascii.GetBytes("HTTP/1.1 $status $reason`r`nContent-Type: application/json; charset=utf-8`r`nContent-Length: $($payload.Length)`r`nConnection: close`r`n`r`n")
                $tls.Write($response, 0, $response.Length)
                $tls.Write($payload, 0, $payload.Length)
                $tls.Flush()
            }
            catch {
                # A client that went away or refused the certificate: nothing to answer; serve the next one.
            }
            finally {
                if ($tls) { $tls.Dispose(); $tls = $null }
                $client.Dispose()
            }
        }
    }
    [pscustomobject]@{ Url = $url; Listener = $listener; Runspace = $runspace; Certificate = $certificate }
}
