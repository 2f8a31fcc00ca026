@echo off
rem goready's launcher in a Windows release bundle: the bundle's own runtime, and goready's class-data
rem archive in %LOCALAPPDATA%\goready\cache, which the JVM makes on first use and remakes itself when
rem the jar changes (-XX:+AutoCreateSharedArchive). Not run here: the release workflow's Windows jobs
rem smoke-test it (scripts/release/smoke.sh).
setlocal
set "ROOT=%~dp0.."
set "CACHE=%LOCALAPPDATA%\goready\cache"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
set /p VERSION=<"%ROOT%\VERSION"
set "JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="install" set "JIT="
if /i "%~1"=="soak" set "JIT="
if /i "%~1"=="verify" set "JIT="
rem soak runs for days on the machine it measures: its heap is capped (GOREADY_JAVA_OPTS=-Xmx1g wins).
set "HEAP="
if /i "%~1"=="soak" set "HEAP=-Xmx256m"
if /i "%~1"=="self" set "JIT="
"%ROOT%\runtime\bin\java.exe" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%CACHE%\cds-%VERSION%.jsa" ^
  -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC %JIT% %HEAP% --sun-misc-unsafe-memory-access=allow ^
  -Dgoready.bundle="%ROOT%" -Dgoready.launcher="%ROOT%\bin\goready.cmd" %GOREADY_JAVA_OPTS% -jar "%ROOT%\lib\goready.jar" %*
exit /b %ERRORLEVEL%
