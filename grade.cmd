@echo off
rem Grades a homework submission and prints its score with feedback: grade.cmd on Windows, ./grade elsewhere.
rem   grade                      grades assignments\ (your work)
rem   grade PATH [--json FILE]   grades another submission: a folder or a .zip
rem   grade --help               every option
rem Builds the grader with the Maven Wrapper on first use (needs only a JDK 17 or newer).
setlocal EnableExtensions

rem java.exe reads its arguments in the ANSI code page, which may lack letters of this folder's path
rem (C:\Users\...\My Documents in Russian): run Java from the repository with relative paths only, and tell the grader where
rem the command was typed, so that a relative PATH still means what the user meant.
set "GRADER_CALLER_DIR=%CD%"
pushd "%~dp0" || exit /b 3

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"

rem The grader writes UTF-8. A Russian console shows code page 866, which would garble it (and has no dashes):
rem switch the console to UTF-8 while grading and back afterwards.
set "CODEPAGE="
for /f "tokens=2 delims=:." %%c in ('chcp') do set /a "CODEPAGE=%%c" > nul 2>&1
chcp 65001 > nul

rem The jar says whether it is older than the grader's sources (exit 75): then build it and grade again.
set "FRESHNESS=-Dgrader.launcher=cmd"
if not exist grader\core\target\grader.jar goto build

:grade
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dgrader.home=. %FRESHNESS% -jar grader\core\target\grader.jar %*
set "CODE=%ERRORLEVEL%"
if "%CODE%"=="75" if defined FRESHNESS goto build
goto done

:build
set "FRESHNESS="
echo Building the grader (first run only; this takes a minute)... 1>&2
call mvnw.cmd -q -Dmaven.test.skip=true -pl grader/core -am package 1>&2
if errorlevel 1 (
  set "CODE=3"
  goto done
)
goto grade

:done
if defined CODEPAGE chcp %CODEPAGE% > nul
popd
exit /b %CODE%
