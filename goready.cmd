@echo off
rem goready launcher (Windows cmd): finds a JDK 21 or newer, builds target\goready.jar with Maven when
rem it is missing or older than the sources, and runs it with a class-data-sharing archive.
rem
rem Variables:
rem   GOREADY_JAVA_HOME  the JDK to run and build with (default: the newest JDK >= 21 among JAVA_HOME and
rem                      the usual install folders: Eclipse Adoptium, Microsoft, Zulu, Oracle)
rem   GOREADY_JAVA_OPTS  extra JVM options
rem   GOREADY_REBUILD=1  rebuild the jar even if it looks fresh
rem Everything goready itself reads (GOREADY_HOME, GOREADY_INDEX, ...) is listed by `goready --help`.
setlocal EnableExtensions EnableDelayedExpansion
set "HERE=%~dp0"
set "HERE=%HERE:~0,-1%"
set "JAR=%HERE%\target\goready.jar"
set "STAMP=%HERE%\target\src-stamp"

set "JDK="
set "BEST=0"
if defined GOREADY_JAVA_HOME (
  set "JDK=%GOREADY_JAVA_HOME%"
  call :major "%GOREADY_JAVA_HOME%"
  set "BEST=!MAJOR!"
) else (
  call :consider "%JAVA_HOME%"
  for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Java\*") do call :consider "%%~D"
)
if !BEST! LSS 21 (
  echo goready: no JDK 21 or newer found 1>&2
  echo   hint: install a JDK 21+ ^(for example: winget install EclipseAdoptium.Temurin.25.JDK^) and set GOREADY_JAVA_HOME or JAVA_HOME to it 1>&2
  exit /b 5
)

set "STALE="
if "%GOREADY_REBUILD%"=="1" set "STALE=1"
if not exist "%JAR%" set "STALE=1"
rem xcopy /L /D lists the sources newer than their copies from the last build; any listed path means stale.
if not defined STALE (
  for /f %%N in ('xcopy /L /D /Y /S /I "%HERE%\src\main" "%STAMP%\src\main\" 2^>nul ^| find /c ":\"') do if %%N GTR 0 set "STALE=1"
  for /f %%N in ('xcopy /L /D /Y "%HERE%\pom.xml" "%STAMP%\" 2^>nul ^| find /c ":\"') do if %%N GTR 0 set "STALE=1"
)
if defined STALE (
  where mvn >nul 2>nul || (
    echo goready: the jar needs building and Maven ^(mvn^) is not on PATH 1>&2
    echo   hint: install Maven 3.8+ ^(winget install Apache.Maven^) 1>&2
    exit /b 5
  )
  echo goready: building %JAR% with !JDK! ... 1>&2
  pushd "%HERE%"
  set "JAVA_HOME=!JDK!"
  call mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true package 1>&2
  set "BUILD=!ERRORLEVEL!"
  popd
  if not "!BUILD!"=="0" (
    echo goready: the build failed ^(output above^) 1>&2
    exit /b 5
  )
  del /q "%HERE%\target\goready.jsa" 2>nul
  xcopy /D /Y /S /I /Q "%HERE%\src\main" "%STAMP%\src\main\" >nul
  xcopy /D /Y /Q "%HERE%\pom.xml" "%STAMP%\" >nul
)

rem The class-data archive is trained once per build on `doctor --offline`, as ./goready does.
if not exist "%HERE%\target\goready.jsa" (
  "!JDK!\bin\java.exe" "-XX:ArchiveClassesAtExit=%HERE%\target\goready.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -jar "%JAR%" doctor --offline --timeout 3 >nul 2>nul <nul
)
rem Short commands run faster on the C1 compiler alone; install, soak and verify keep the optimising one.
set "JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="install" set "JIT="
if /i "%~1"=="soak" set "JIT="
if /i "%~1"=="verify" set "JIT="
rem soak runs for days on the machine it measures: its heap is capped (GOREADY_JAVA_OPTS=-Xmx1g wins).
set "HEAP="
if /i "%~1"=="soak" set "HEAP=-Xmx256m"
rem sigstore-java's protobuf reaches for sun.misc.Unsafe; JDK 23+ accept this switch, older ones refuse it.
set "UNSAFE="
if !BEST! GEQ 23 set "UNSAFE=--sun-misc-unsafe-memory-access=allow"
"!JDK!\bin\java.exe" "-XX:SharedArchiveFile=%HERE%\target\goready.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC !JIT! !HEAP! !UNSAFE! "-Dgoready.launcher=%~f0" %GOREADY_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:consider
if "%~1"=="" exit /b 0
if not exist "%~1\bin\java.exe" exit /b 0
call :major "%~1"
if !MAJOR! GTR !BEST! (
  set "BEST=!MAJOR!"
  set "JDK=%~1"
)
exit /b 0

rem The major version from a JDK's release file (JAVA_VERSION="25.0.3"); no JVM is started for it.
:major
set "MAJOR=0"
if not exist "%~1\release" exit /b 0
for /f "tokens=2 delims==" %%V in ('findstr /b "JAVA_VERSION=" "%~1\release"') do set "VERSION=%%~V"
for /f "tokens=1 delims=." %%M in ("!VERSION!") do set "MAJOR=%%M"
exit /b 0
