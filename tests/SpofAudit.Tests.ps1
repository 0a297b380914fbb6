# Pester 5 tests of the built module: real findings of the examples through the real cmdlets.
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/SpofAudit.Tests.ps1
# Runs in Windows PowerShell 5.1 and PowerShell 7.

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')

    # Finding ids, sorted and joined, so whole result sets compare as one string.
    function Get-FindingIds {
        param([object[]]$Findings)
        (@($Findings | ForEach-Object { $_.Id }) | Sort-Object) -join ', '
    }
}

AfterAll {
    Remove-Module -Name SpofAudit -ErrorAction SilentlyContinue
}

Describe 'SpofAudit module' {
    It 'exports exactly the cmdlets its manifest lists' {
        $listed = (@((Import-PowerShellDataFile -Path $manifest).CmdletsToExport) | Sort-Object) -join ', '
        $names = (Get-Command -Module SpofAudit | ForEach-Object { $_.Name } | Sort-Object) -join ', '
        $names | Should -Be $listed
        $names | Should -Match 'Get-SpofReport'
    }

    It 'has help with examples for Get-SpofReport' {
        $help = Get-Help -Name Get-SpofReport -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
    }
}

Describe 'Get-SpofReport' {
    It 'finds the lone load balancer and database of web-tier.yaml' {
        $ids = @(Get-SpofReport -Path (Get-ExamplePath 'web-tier') | ForEach-Object { $_.Id })
        $ids | Should -Contain 'SinglePointOfFailure/lb'
        $ids | Should -Contain 'SinglePointOfFailure/db'
    }

    It 'writes Finding objects, not a wrapper' {
        $findings = @(Get-SpofReport -Path (Get-ExamplePath 'web-tier'))
        $findings.Count | Should -BeGreaterThan 1
        $findings[0].GetType().FullName | Should -Be 'SpofAudit.Findings.Finding'
    }

    It 'finds only the region in dns-two-lbs.yaml' {
        Get-FindingIds (Get-SpofReport -Path (Get-ExamplePath 'dns-two-lbs')) | Should -Be 'SingleRegionRisk/us-west-2'
    }

    It 'finds the shared rack that breaks the quorum in quorum-store.yaml' {
        $ids = @(Get-SpofReport -Path (Get-ExamplePath 'quorum-store') | ForEach-Object { $_.Id })
        $ids | Should -Contain 'SinglePointOfFailure/rack-1'
    }

    It 'finds the only person who runs the database in single-owner-database.yaml' {
        $ids = @(Get-SpofReport -Path (Get-ExamplePath 'single-owner-database') | ForEach-Object { $_.Id })
        $ids | Should -Contain 'PersonnelDependency/carol'
    }

    It 'finds the two people who alone run the database in shared-database-owners.yaml, by -Kind' {
        $findings = @(Get-SpofReport -Path (Get-ExamplePath 'shared-database-owners') -Kind KnowledgeConcentration)
        Get-FindingIds $findings | Should -Be 'KnowledgeConcentration/alice+bob, KnowledgeConcentration/carol+dave+erin'
        $pair = $findings | Where-Object Target -eq 'alice+bob'
        $pair.Components | Should -Be @('orders-db')
        @($pair.Affects) | Should -Be @('back-office', 'shop')
        $pair.TargetType | Should -Be 'People'
    }

    It 'names each entrypoint''s truck factor on the verbose stream' {
        $verbose = @(Get-SpofReport -Path (Get-ExamplePath 'shared-database-owners') -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $verbose | Should -Contain 'truck factor per entrypoint: back-office 2, shop 2 (how many people must be away at once before something it needs has nobody to operate it)'
    }

    It 'writes the truck factors into a JSON report exported with its model' {
        $path = Get-ExamplePath 'shared-database-owners'
        $file = Join-Path $TestDrive 'truck-factors.json'
        Get-SpofReport -Path $path | Export-SpofReport -Path $file -Model (Get-SpofModel -Path $path)
        $factors = (Get-Content -LiteralPath $file -Raw | ConvertFrom-Json).truckFactors
        @($factors | ForEach-Object { "$($_.entrypoint)=$($_.truckFactor)" }) | Should -Be @('back-office=2', 'shop=2')
    }

    It 'selects by -Kind' {
        Get-FindingIds (Get-SpofReport -Path (Get-ExamplePath 'single-owner-database') -Kind PersonnelDependency) |
            Should -Be 'PersonnelDependency/carol'
    }

    It 'selects by -MinimumSeverity' {
        $findings = @(Get-SpofReport -Path (Get-ExamplePath 'web-tier') -MinimumSeverity High)
        $findings.Count | Should -BeGreaterThan 0
        @($findings | Where-Object { $_.Severity -lt [SpofAudit.Findings.Severity]::High }).Count | Should -Be 0
        Get-SpofReport -Path (Get-ExamplePath 'dns-two-lbs') -MinimumSeverity High | Should -BeNullOrEmpty
    }
}

Describe 'Get-SpofReport -Baseline' {
    BeforeAll {
        # Both web-tier and single-database hold SinglePointOfFailure/db at High; web-tier adds five more.
        $singleDatabase = Join-Path $TestDrive 'single-database.json'
        Get-SpofReport -Path (Get-ExamplePath 'single-database') | Export-SpofReport -Path $singleDatabase -Format Json
        $webTier = Join-Path $TestDrive 'web-tier.json'
        Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $webTier -Format Json
    }

    It 'writes nothing when nothing changed since the baseline' {
        Get-SpofReport -Path (Get-ExamplePath 'web-tier') -Baseline $webTier | Should -BeNullOrEmpty
    }

    It 'writes only the findings the baseline does not hold' {
        Get-FindingIds (Get-SpofReport -Path (Get-ExamplePath 'web-tier') -Baseline $singleDatabase) |
            Should -Be 'DegradationRisk/cache, SinglePointOfFailure/lb, SingleRegionRisk/us-east-1, SingleZoneRisk/us-east-1a, SingleZoneRisk/us-east-1b'
    }

    It 'writes a finding the baseline had accepted once it is accepted no longer' {
        $accepted = Join-Path $TestDrive 'accepted.yaml'
        Set-Content -LiteralPath $accepted -Encoding ASCII -Value @(
            'suppressions:'
            '  - id: SinglePointOfFailure/lb'
            '    justification: Second load balancer ordered'
            '    owner: alice'
        )
        $acceptedBaseline = Join-Path $TestDrive 'web-tier-accepted.json'
        Get-SpofReport -Path (Get-ExamplePath 'web-tier') -SuppressionPath $accepted | Export-SpofReport -Path $acceptedBaseline -Format Json

        Get-SpofReport -Path (Get-ExamplePath 'web-tier') -SuppressionPath $accepted -Baseline $acceptedBaseline | Should -BeNullOrEmpty
        Get-FindingIds (Get-SpofReport -Path (Get-ExamplePath 'web-tier') -Baseline $acceptedBaseline) | Should -Be 'SinglePointOfFailure/lb'
    }

    It 'applies -Kind and -MinimumSeverity after the baseline' {
        Get-FindingIds (Get-SpofReport -Path (Get-ExamplePath 'web-tier') -Baseline $singleDatabase -Kind SingleZoneRisk -MinimumSeverity High) |
            Should -Be 'SingleZoneRisk/us-east-1a, SingleZoneRisk/us-east-1b'
    }

    It 'works on a piped model' {
        Get-FindingIds (Get-SpofModel -Path (Get-ExamplePath 'web-tier') | Get-SpofReport -Baseline $singleDatabase -Kind SinglePointOfFailure) |
            Should -Be 'SinglePointOfFailure/lb'
    }

    It 'reports a missing baseline as FileNotFound and writes no finding' {
        $errors = $null
        $missing = Join-Path $TestDrive 'missing.json'
        $findings = Get-SpofReport -Path (Get-ExamplePath 'web-tier') -Baseline $missing -ErrorAction SilentlyContinue -ErrorVariable errors
        $findings | Should -BeNullOrEmpty
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be 'FileNotFound,SpofAudit.PowerShell.GetSpofReportCommand'
        $errors[0].TargetObject | Should -Be $missing
    }
}

Describe 'Get-SpofReport on an incomplete inventory' {
    BeforeAll {
        # A model as a live read with one denied call builds it: one source, one part not read.
        $builder = [SpofAudit.Model.ModelBuilder]::new()
        $source = [SpofAudit.Model.InventorySource]::File('partial.yaml')
        $builder.AddSource($source)
        $builder.AddUnread([SpofAudit.Model.UnreadPart]::new($source, 'us-east-1', 'rds:DescribeDBInstances', 'AccessDenied', 'rds:DescribeDBInstances in us-east-1: AccessDenied'))
        $web = [SpofAudit.Model.ComponentSpec]::new('web')
        $web.InstanceCount = 1
        $builder.AddComponent($web)
        $script:partial = $builder.Build()
    }

    It 'fails the README gate pattern with IncompleteInventory, after writing the findings it has' {
        { $partial | Get-SpofReport -MinimumSeverity Critical | Should -BeNullOrEmpty } |
            Should -Throw -ErrorId 'IncompleteInventory,SpofAudit.PowerShell.GetSpofReportCommand'
        $written = [System.Collections.Generic.List[object]]::new()
        try { $partial | Get-SpofReport | ForEach-Object { $written.Add($_) } } catch { $_.FullyQualifiedErrorId | Should -BeLike 'IncompleteInventory,*' }
        $written.Count | Should -BeGreaterThan 0
        $written.Count | Should -Be (@($partial | Get-SpofReport -AllowIncomplete).Count)
    }

    It 'passes the gate with -AllowIncomplete' {
        $partial | Get-SpofReport -MinimumSeverity Critical -AllowIncomplete | Should -BeNullOrEmpty
    }

    It 'fails the gate the same way when the depth-2 pass stopped at its bounds, with a warning, unless -AllowIncomplete or -Top' {
        # 300 instances, each in its own rack, needing 299: about 180,000 double faults, more than a report holds.
        $path = Join-Path $TestDrive 'distinct.yaml'
        $lines = @('apiVersion: spofaudit/v1', 'name: distinct', 'components:', '  a:', '    minHealthy: 299', '    instances:')
        $lines += 1..300 | ForEach-Object { "      - {name: a-$_, domains: [rack-$_]}" }
        Set-Content -LiteralPath $path -Value $lines
        { Get-SpofReport -Path $path -Depth 2 -MinimumSeverity Critical -WarningVariable stopped -WarningAction SilentlyContinue } |
            Should -Throw -ErrorId 'IncompleteInventory,SpofAudit.PowerShell.GetSpofReportCommand' -ExpectedMessage "The report of 'distinct' is incomplete (analysis of distinct; incomplete, not read: double faults (depth 2): more than 100,000*"
        Get-SpofReport -Path $path -Depth 2 -AllowIncomplete -WarningVariable warned -WarningAction SilentlyContinue | Out-Null
        "$warned" | Should -BeLike 'double faults (depth 2): more than 100,000, so none is reported*'
        @(Get-SpofReport -Path $path -Depth 2 -Top 3 | Where-Object Kind -eq 'DoubleFault').Count | Should -Be 3
    }
}

Describe 'Get-SpofReport with CODEOWNERS evidence' {
    It 'names the sole code owner of the ledger and the CODEOWNERS rule behind it' {
        $finding = Get-SpofReport -Path (Join-Path (Join-Path $examples 'personnel') 'payments.yaml') -Kind PersonnelDependency
        $finding.Target | Should -Be 'carol'
        $finding.Recommendation | Should -Match 'Evidence: CODEOWNER of services/ledger/ \(rule /services/ledger/\) at .*CODEOWNERS:8:1'
    }

    It 'warns about a code repository that does not exist and ends in IncompleteInventory unless -AllowIncomplete' {
        $file = Join-Path $TestDrive 'app.yaml'
        Set-Content -LiteralPath $file -Value "apiVersion: spofaudit/v1`ncomponents:`n  app:`n    instances: 2`n    code: {repo: gone, paths: [src/]}"
        { Get-SpofReport -Path $file -WarningAction SilentlyContinue } | Should -Throw -ErrorId 'IncompleteInventory,SpofAudit.PowerShell.GetSpofReportCommand'
        $null = Get-SpofReport -Path $file -AllowIncomplete -WarningVariable warned -WarningAction SilentlyContinue
        "$warned" | Should -Match 'app: the code repository .*gone.* does not exist'
    }
}

Describe 'Get-SpofReport with git history evidence (examples/personnel)' {
    It 'builds the example repository with its script and finds the ledger''s sole recent author' {
        $personnel = Join-Path $examples 'personnel'
        Copy-Item -LiteralPath (Join-Path $personnel 'payments-history.yaml') -Destination $TestDrive
        $null = & (Join-Path $personnel 'New-LedgerHistory.ps1') -Path (Join-Path $TestDrive 'ledger-history')

        $finding = Get-SpofReport -Path (Join-Path $TestDrive 'payments-history.yaml') -Kind PersonnelDependency
        $finding.Target | Should -Be 'carol'
        $finding.Components | Should -Be @('ledger')
        $finding.Recommendation | Should -Match 'Evidence: author of 2 of 2 files in services/ledger/ with 83% of their 6 changes since 2024-06-20 \(git history, degree of authorship\)'
    }
}

Describe 'Get-SpofReport -OnCallSchedule (examples/personnel)' {
    BeforeAll {
        $personnel = Join-Path $examples 'personnel'
        $oncallModel = Join-Path $personnel 'payments-oncall.yaml'
        $corpus = Join-Path (Split-Path -Parent $examples) (Join-Path 'tests' (Join-Path 'corpus' 'oncall'))
    }

    It 'reports the lone person on the ledger database''s PagerDuty rotation and names the rotation as evidence' {
        $findings = Get-SpofReport -Path $oncallModel -OnCallSchedule (Join-Path $personnel 'ledger-db.pagerduty.json') -Kind 'OnCallCoverage', 'PersonnelDependency'
        $ids = @($findings.Id | Sort-Object) -join ', '
        $ids | Should -Be 'OnCallCoverage/ledger-db, PersonnelDependency/carol'
        $coverage = $findings | Where-Object { $_.Kind.Name -eq 'OnCallCoverage' }
        $coverage.Recommendation | Should -Match 'carol is alone on the ledger-db rotation \(PagerDuty schedule ''Ledger DB''\)'
        $coverage.Recommendation | Should -Match 'first gap between shifts 2024-06-08 00:00 to 2024-06-08 08:00 UTC \(8h\)'
        ($findings | Where-Object { $_.Kind.Name -eq 'PersonnelDependency' }).Recommendation | Should -Match 'Evidence: alone on the ledger-db rotation'
    }

    It 'resolves wildcards in -OnCallSchedule' {
        Get-SpofReport -Path $oncallModel -OnCallSchedule (Join-Path $personnel '*.pagerduty.json') -Kind OnCallCoverage | Should -Not -BeNullOrEmpty
    }

    It 'without the export, warns that the named schedule was not given and ends in IncompleteInventory' {
        { Get-SpofReport -Path $oncallModel -WarningAction SilentlyContinue } | Should -Throw -ErrorId 'IncompleteInventory,SpofAudit.PowerShell.GetSpofReportCommand'
        $null = Get-SpofReport -Path $oncallModel -AllowIncomplete -WarningVariable warned -WarningAction SilentlyContinue
        "$warned" | Should -Match 'ledger-db: oncall names schedule ''Ledger DB'' .* but no on-call export was given'
    }

    It 'warns about an export in an unknown shape, naming the file' {
        $rotations = Join-Path $corpus 'opsgenie-list-schedule-rotations.json'
        $null = Get-SpofReport -Path $oncallModel -OnCallSchedule $rotations -AllowIncomplete -WarningVariable warned -WarningAction SilentlyContinue
        "$warned" | Should -Match 'opsgenie-list-schedule-rotations\.json: not a PagerDuty schedule'
    }

    It 'reports a missing export file as FileNotFound' {
        { Get-SpofReport -Path $oncallModel -OnCallSchedule (Join-Path $TestDrive 'none.json') -ErrorAction Stop } | Should -Throw -ErrorId 'FileNotFound,SpofAudit.PowerShell.GetSpofReportCommand'
    }

    It 'reports malformed JSON with its file, line and column' {
        $broken = Join-Path $TestDrive 'broken.json'
        Set-Content -LiteralPath $broken -Value "{`"schedule`": {`n  `"name`": ,`n}}"
        $null = Get-SpofReport -Path $oncallModel -OnCallSchedule $broken -ErrorVariable failed -ErrorAction SilentlyContinue
        "$($failed[0])" | Should -Match ([regex]::Escape("$($broken):2:11: not valid JSON"))
    }
}

Describe 'Backstage catalogs (examples/personnel/catalog-info.yaml)' {
    It 'reads a catalog given as -Path as the model, its group of one a PersonnelDependency with the catalog line as evidence' {
        $catalog = Join-Path (Join-Path $examples 'personnel') 'catalog-info.yaml'
        $model = Get-SpofModel -Path $catalog
        $model.Name | Should -Be 'payments'
        @($model.Components.Name) | Should -Be @('checkout', 'payments-api', 'ledger', 'payments-db')
        @($model.FindTeam('dba').Members) | Should -Be @('dave', 'erin')

        $finding = Get-SpofReport -Path $catalog -Kind PersonnelDependency
        $finding.Target | Should -Be 'carol'
        $finding.Recommendation | Should -Match 'Evidence: owner in Backstage catalog \(group ledger-team, 1 member\) at .*catalog-info\.yaml:46:10'
    }

    It 'joins the owners of a catalog given as -Catalog to the components of payments.yaml' {
        $personnel = Join-Path $examples 'personnel'
        $finding = Get-SpofReport -Path (Join-Path $personnel 'payments.yaml') -Catalog (Join-Path $personnel 'catalog-info.yaml') -Kind PersonnelDependency
        $finding.Target | Should -Be 'carol'
        $finding.Recommendation | Should -Match 'CODEOWNER of services/ledger/ .*; owner in Backstage catalog \(group ledger-team, 1 member\)'
        (Get-SpofModel -Path (Join-Path $personnel 'payments.yaml') -Catalog (Join-Path $personnel 'catalog-info.yaml')).FindComponent('ledger').Owners | Should -Be @('carol', 'ledger-team')
    }

    It 'warns about a kind it does not read and ends in IncompleteInventory unless -AllowIncomplete' {
        $file = Join-Path $TestDrive 'catalog-info.yaml'
        Set-Content -LiteralPath $file -Value "apiVersion: backstage.io/v1alpha1`nkind: Component`nmetadata: {name: app}`nspec: {type: website, owner: user:ann}`n---`napiVersion: backstage.io/v1alpha1`nkind: Pipeline`nmetadata: {name: nightly}"
        { Get-SpofReport -Path $file -WarningAction SilentlyContinue } | Should -Throw -ErrorId 'IncompleteInventory,SpofAudit.PowerShell.GetSpofReportCommand'
        $null = Get-SpofReport -Path $file -AllowIncomplete -WarningVariable warned -WarningAction SilentlyContinue
        "$warned" | Should -Match "catalog-info\.yaml:7:7: Backstage kind 'Pipeline' of 'nightly' is not one SpofAudit reads"
    }

    It 'writes one error naming file, line and column for an entity reference that is none' {
        $file = Join-Path $TestDrive 'bad-catalog.yaml'
        Set-Content -LiteralPath $file -Value "apiVersion: backstage.io/v1alpha1`nkind: Component`nmetadata:`n  name: app`nspec:`n  type: service`n  owner: team-a`n  dependsOn: [artists-db]"
        $null = Get-SpofReport -Path $file -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        "$($failed[0])" | Should -Match "bad-catalog\.yaml:8:15: entity reference 'artists-db' needs a kind here"
    }

    It 'reports a -Catalog path that names no file' {
        { Get-SpofReport -Path (Get-ExamplePath 'web-tier') -Catalog (Join-Path $TestDrive 'none.yaml') -ErrorAction Stop } | Should -Throw -ErrorId 'FileNotFound*'
    }
}

Describe 'Get-SpofReport -Depth 2' {
    It 'finds the double faults of double-faults.yaml, the likeliest first' {
        $doubles = @(Get-SpofReport -Path (Get-ExamplePath 'double-faults') -Depth 2 -Kind DoubleFault)
        $doubles.Count | Should -Be 11
        $doubles[0].Id | Should -Be 'DoubleFault/lb-a-1 + lb-b-1'
        $doubles[0].Likelihood | Should -BeGreaterThan 0
    }

    It 'keeps the likeliest with -Top' {
        $top = @(Get-SpofReport -Path (Get-ExamplePath 'double-faults') -Depth 2 -Top 2 -Kind DoubleFault | ForEach-Object { $_.Id })
        ($top -join ', ') | Should -Be 'DoubleFault/lb-a-1 + lb-b-1, DoubleFault/db-1 + db-2'
    }

    It 'finds no double faults at the default depth' {
        Get-SpofReport -Path (Get-ExamplePath 'double-faults') -Kind DoubleFault | Should -BeNullOrEmpty
    }

    It 'rejects -Top without -Depth 2 as TopRequiresDepth2' {
        { Get-SpofReport -Path (Get-ExamplePath 'web-tier') -Top 3 } | Should -Throw -ErrorId 'TopRequiresDepth2,SpofAudit.PowerShell.GetSpofReportCommand'
    }
}

Describe 'Get-SpofModel' {
    It 'gives the same findings piped to Get-SpofReport as -Path does' {
        $path = Get-ExamplePath 'web-tier'
        $piped = Get-FindingIds (Get-SpofModel -Path $path | Get-SpofReport)
        $direct = Get-FindingIds (Get-SpofReport -Path $path)
        $piped | Should -Be $direct
        $piped | Should -Not -BeNullOrEmpty
    }

    It 'merges several files into one model' {
        $front = Join-Path $TestDrive 'front.yaml'
        $back = Join-Path $TestDrive 'back.yaml'
        Set-Content -LiteralPath $front -Encoding ASCII -Value @(
            'apiVersion: spofaudit/v1'
            'name: split'
            'entrypoints: [web]'
            'components:'
            '  web:'
            '    instances: 2'
            '    dependsOn: [store]'
        )
        Set-Content -LiteralPath $back -Encoding ASCII -Value @(
            'apiVersion: spofaudit/v1'
            'components:'
            '  store:'
            '    kind: database'
        )

        $model = Get-SpofModel -Path $front, $back
        @($model).Count | Should -Be 1
        $model.Name | Should -Be 'split'
        $model.Components.Count | Should -Be 2
        Get-FindingIds ($model | Get-SpofReport -Kind SinglePointOfFailure) | Should -Be 'SinglePointOfFailure/store'

        $fromPipeline = Get-ChildItem -LiteralPath $TestDrive -Filter '*.yaml' | Get-SpofModel
        @($fromPipeline).Count | Should -Be 1
        $fromPipeline.Components.Count | Should -Be 2
    }
}

Describe 'Get-SpofImpact' {
    It 'takes the load balancer down with its zone in web-tier.yaml' {
        $impact = @(Get-SpofImpact -Path (Get-ExamplePath 'web-tier') -Fail us-east-1a)
        $lb = $impact | Where-Object { $_.Component -eq 'lb' }
        $lb | Should -Not -BeNullOrEmpty
        [string]$lb.Status | Should -Be 'Down'
    }

    It 'writes every affected component with -IncludeComponents' {
        $impact = @(Get-SpofModel -Path (Get-ExamplePath 'web-tier') | Get-SpofImpact -Fail us-east-1a -IncludeComponents)
        $impact[0].GetType().FullName | Should -Be 'SpofAudit.Analysis.ImpactRecord'
        [string]($impact | Where-Object { $_.Component -eq 'app' }).Status | Should -Be 'Degraded'
        [string]($impact | Where-Object { $_.Component -eq 'cache' }).Status | Should -Be 'Down'
    }

    It 'fails people: alice and bob away leave nobody to operate the API of examples/personnel, either alone does not' {
        $path = Get-ExamplePath 'personnel/payments'
        $both = @(Get-SpofImpact -Path $path -Fail 'person:alice', 'person:bob' -IncludeComponents)
        @($both | ForEach-Object { "$($_.Component) $($_.Status)" }) | Should -Be @('api Degraded', 'ledger-db Degraded')
        ($both | Where-Object Component -EQ 'api').Reason | Should -Be 'no one left to operate api: alice, bob unavailable'
        [string](Get-SpofImpact -Path $path -Fail 'person:alice').Status | Should -Be 'Up'
        (Get-SpofImpact -Path $path -Fail 'person:carol').Reason | Should -Be 'no one left to operate ledger: carol unavailable'
    }

    It 'reports an unknown failure name as UnknownFailureTarget on that name' {
        $errors = $null
        $impact = Get-SpofImpact -Path (Get-ExamplePath 'web-tier') -Fail us-east-1z -ErrorAction SilentlyContinue -ErrorVariable errors
        $impact | Should -BeNullOrEmpty
        $errors[0].FullyQualifiedErrorId | Should -Be 'UnknownFailureTarget,SpofAudit.PowerShell.GetSpofImpactCommand'
        $errors[0].TargetObject | Should -Be 'us-east-1z'
    }
}

Describe 'Measure-SpofAvailability' {
    It 'computes the shop exactly and moves a database replica out of the shared zone' {
        $result = @(Measure-SpofAvailability -Path (Get-ExamplePath 'availability'))
        $result.Count | Should -Be 1
        $result[0].GetType().FullName | Should -Be 'SpofAudit.Analysis.Availability.AvailabilityResult'
        $result[0].Method | Should -Be 'Exact (BDD)'
        $result[0].Importance[0].Event | Should -Be 'zone:eu-west-1a'
        [string]$result[0].BestChange.Kind | Should -Be 'AddZone'
        $result[0].BestChange.NinesGained | Should -BeGreaterThan 0
    }

    It 'takes assumptions from a hashtable on a piped model' {
        $default = Measure-SpofAvailability -Path (Get-ExamplePath 'availability')
        $worse = Get-SpofModel -Path (Get-ExamplePath 'availability') | Measure-SpofAvailability -Assume @{ zone = 0.999 }
        $worse.Unavailability | Should -BeGreaterThan $default.Unavailability
    }

    It 'stops on an unknown assumption with InvalidAssumption' {
        { Measure-SpofAvailability -Path (Get-ExamplePath 'availability') -Assume @{ zones = 0.999 } -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidAssumption,SpofAudit.PowerShell.MeasureSpofAvailabilityCommand'
    }
}

Describe 'Input errors' {
    It 'reports a missing file as FileNotFound' {
        $errors = $null
        $missing = Join-Path $TestDrive 'missing.yaml'
        $findings = Get-SpofReport -Path $missing -ErrorAction SilentlyContinue -ErrorVariable errors
        $findings | Should -BeNullOrEmpty
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be 'FileNotFound,SpofAudit.PowerShell.GetSpofReportCommand'
        [string]$errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errors[0].TargetObject | Should -Be $missing
    }

    It 'reports an unknown dependency with its ErrorId, file and line' {
        $bad = Join-Path $TestDrive 'bad.yaml'
        Set-Content -LiteralPath $bad -Encoding ASCII -Value @(
            'apiVersion: spofaudit/v1'
            'name: bad'
            'components:'
            '  a:'
            '    dependsOn: [bb]'
            '  b: {}'
        )

        $errors = $null
        $findings = Get-SpofReport -Path $bad -ErrorAction SilentlyContinue -ErrorVariable errors
        $findings | Should -BeNullOrEmpty
        $errors[0].FullyQualifiedErrorId | Should -Be 'UnknownDependency,SpofAudit.PowerShell.GetSpofReportCommand'
        [string]$errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Split-Path -Leaf ([string]$errors[0].TargetObject) | Should -Be 'bad.yaml'
        $errors[0].ToString() | Should -Match 'bad\.yaml:5:'
    }

    It 'stops with -ErrorAction Stop' {
        { Get-SpofModel -Path (Join-Path $TestDrive 'missing.yaml') -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Export-SpofGraph' {
    It 'writes a Mermaid graph with the load balancer to the pipeline' {
        $graph = Export-SpofGraph -Path (Get-ExamplePath 'web-tier') -Format Mermaid
        $graph | Should -BeOfType [string]
        $graph | Should -Match '\blb\b'
    }

    It 'writes -OutFile, and nothing with -WhatIf' {
        $dot = Join-Path $TestDrive 'web-tier.dot'
        Export-SpofGraph -Path (Get-ExamplePath 'web-tier') -Format Dot -OutFile $dot -WhatIf
        Test-Path -LiteralPath $dot | Should -BeFalse

        $output = Export-SpofGraph -Path (Get-ExamplePath 'web-tier') -Format Dot -OutFile $dot
        $output | Should -BeNullOrEmpty
        Get-Content -LiteralPath $dot -Raw | Should -Match '\blb\b'
    }
}

Describe 'Export-SpofReport' {
    It 'writes a <Format> report, and nothing with -WhatIf' -ForEach @(
        @{ Format = 'Html'; Pattern = '<!DOCTYPE html>' }
        @{ Format = 'Json'; Pattern = '"schemaVersion": 1' }
        @{ Format = 'Csv'; Pattern = 'SinglePointOfFailure/db' }
        @{ Format = 'Markdown'; Pattern = '\| *High *\|' }
        @{ Format = 'JUnit'; Pattern = '<testsuites' }
        @{ Format = 'Sarif'; Pattern = '"version": "2.1.0"' }
    ) {
        $file = Join-Path $TestDrive "web-tier.$Format"
        Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $file -Format $Format -WhatIf
        Test-Path -LiteralPath $file | Should -BeFalse

        $output = Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $file -Format $Format
        $output | Should -BeNullOrEmpty
        Get-Content -LiteralPath $file -Raw | Should -Match $Pattern
    }

    It 'writes a JUnit report of names XML cannot hold, with the characters shown as escapes' {
        $dir = Join-Path $TestDrive 'control'
        $null = New-Item -ItemType Directory -Path $dir
        $model = Join-Path $dir 'control.yaml'
        Set-Content -LiteralPath $model -Value "apiVersion: spofaudit/v1`nname: m`ncomponents:`n  web: {dependsOn: [""db\u0001\uFFFE""]}`n  ""db\u0001\uFFFE"": {}"
        $file = Join-Path $dir 'control.xml'
        Get-SpofReport -Path $model | Export-SpofReport -Path $file -Format JUnit -ErrorAction Stop
        $xml = [xml](Get-Content -LiteralPath $file -Raw)
        $xml.SelectNodes('//testcase').name | Should -Contain 'db\x01\uFFFE'
    }

    It 'refuses to write through a symbolic link and leaves what it points at untouched' {
        $victim = Join-Path $TestDrive 'victim.txt'
        Set-Content -LiteralPath $victim -Value 'not a report'
        $link = Join-Path $TestDrive 'linked.json'
        $null = New-Item -ItemType SymbolicLink -Path $link -Target $victim
        Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $link -Format Json -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        @($failed).Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'OutFileWriteFailed,*'
        "$($failed[0])" | Should -BeLike '*is a symbolic link*'
        Get-Content -LiteralPath $victim -Raw | Should -Be "not a report$([Environment]::NewLine)"
        (Get-Item -LiteralPath $link).LinkType | Should -Be 'SymbolicLink'
    }

    It 'names the model and its file with -Model, even with no finding' {
        $model = Get-SpofModel -Path (Get-ExamplePath 'web-tier')
        $file = Join-Path $TestDrive 'model.html'
        Export-SpofReport -InputObject @() -Model $model -Path $file -Format Html
        $text = Get-Content -LiteralPath $file -Raw
        $text | Should -Match 'Single points of failure: web-tier'
        $text | Should -Match ([regex]::Escape('web-tier.yaml'))
    }

    It 'returns the file with -PassThru' {
        $file = Join-Path $TestDrive 'passthru.json'
        $info = Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $file -PassThru
        $info | Should -BeOfType [System.IO.FileInfo]
        $info.FullName | Should -Be (Get-Item -LiteralPath $file).FullName
    }
}

Describe 'Compare-SpofReport' {
    BeforeAll {
        $baseline = Join-Path $TestDrive 'baseline.json'
        Get-SpofReport -Path (Get-ExamplePath 'single-database') | Export-SpofReport -Path $baseline -Format Json
        $current = Join-Path $TestDrive 'current.json'
        Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $current -Format Json
    }

    It 'compares two JSON reports by path' {
        $changes = Compare-SpofReport -ReferencePath $baseline -DifferencePath $current
        @($changes | Where-Object Change -eq 'New').Count | Should -BeGreaterThan 0
        @($changes | Where-Object Change -eq 'Resolved').Count | Should -BeGreaterThan 0
    }

    It 'compares finding objects, the later ones piped' {
        $older = Get-SpofReport -Path (Get-ExamplePath 'web-tier')
        $changes = Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Compare-SpofReport -ReferenceObject $older
        @($changes | Where-Object Change -ne 'Unchanged').Count | Should -Be 0
    }

    It 'compares a JSON baseline with findings, given or piped' {
        $findings = Get-SpofReport -Path (Get-ExamplePath 'web-tier')
        $given = Compare-SpofReport -ReferencePath $current -DifferenceObject $findings
        @($given | Where-Object Change -eq 'Unchanged').Count | Should -Be $findings.Count

        $piped = $findings | Compare-SpofReport -ReferencePath $baseline -ExcludeUnchanged
        @($piped | Where-Object Change -eq 'New').Count | Should -BeGreaterThan 0
    }

    It 'reports a truck factor that fell, and IsRegression gates on it as on a new finding' {
        $shop = @'
apiVersion: spofaudit/v1
name: shop
entrypoints: [api, web]
people: {alice: {}, bob: {}, carol: {}}
components:
  web: {instances: 2, dependsOn: [db], owners: [alice, bob]}
  db: {instances: 2, owners: [alice, bob]}
  api: {instances: 2, dependsOn: [svc], owners: [alice, bob]}
  svc: {instances: 2, owners: [carol]}
'@
        $reports = foreach ($name in 'before', 'after') {
            $yaml = Join-Path $TestDrive "$name.yaml"
            # After: web needs svc too, which only carol can operate; no finding is new, carol's only affects more.
            Set-Content -LiteralPath $yaml -Value ($(if ($name -eq 'after') { $shop.Replace('dependsOn: [db]', 'dependsOn: [db, svc]') } else { $shop }))
            $json = Join-Path $TestDrive "$name.json"
            Get-SpofReport -Path $yaml | Export-SpofReport -Path $json -Format Json -Model (Get-SpofModel -Path $yaml)
            $json
        }

        $changes = @(Compare-SpofReport -ReferencePath $reports[0] -DifferencePath $reports[1] -ExcludeUnchanged)
        $fall = @($changes | Where-Object { $_ -is [SpofAudit.Findings.TruckFactorChange] })
        $fall.Count | Should -Be 1
        "$($fall[0])" | Should -Be 'web: truck factor 2 -> 1'
        [string]$fall[0].Severity | Should -Be 'Medium'
        $fall[0].FewestPeople | Should -Be @('svc: carol')
        @($changes | Where-Object { [SpofAudit.Findings.ReportComparer]::IsRegression($_, 'Medium') }) | Should -Be $fall
        @($changes | Where-Object { [SpofAudit.Findings.ReportComparer]::IsRegression($_, 'High') }) | Should -BeNullOrEmpty
        @(Compare-SpofReport -ReferencePath $reports[1] -DifferencePath $reports[0] | Where-Object { [SpofAudit.Findings.ReportComparer]::IsRegression($_, 'Info') }) | Should -BeNullOrEmpty
    }

    It 'warns that a report of a partial read is partial' {
        $partial = Join-Path $TestDrive 'partial.json'
        $line = 'aws account 123456789012, regions us-east-1; incomplete, not read: rds:DescribeDBInstances in us-east-1: AccessDenied: no'
        Set-Content -LiteralPath $partial -Value ('{"schemaVersion": 1, "model": "m", "incomplete": ["' + $line + '"], "findings": []}')
        $null = Compare-SpofReport -ReferencePath $partial -DifferencePath $current -WarningVariable warnings -WarningAction SilentlyContinue
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike "*came from an incomplete inventory: $line"
        $null = Compare-SpofReport -ReferencePath $baseline -DifferencePath $current -WarningVariable none -WarningAction SilentlyContinue
        @($none).Count | Should -Be 0
    }
}
