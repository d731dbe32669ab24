/* Builds the add-in's pages into dist/, ready for any static HTTPS host. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The URL the manifest names during development (npm run dev-server). */
const DEV_URL = "https://localhost:3000/";
/** Where the production build is hosted: set ADDIN_URL, or change package.json "config.productionUrl". */
const PROD_URL =
  process.env.ADDIN_URL ||
  process.env.npm_package_config_productionUrl ||
  require("./package.json").config.productionUrl;

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const url = dev ? DEV_URL : PROD_URL.replace(/\/?$/, "/");
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The browser build of ExcelJS without its IE polyfills (file mode only).
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.bare.min.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: "ts-loader",
          exclude: /node_modules/,
          options: { configFile: "tsconfig.web.json", transpileOnly: true },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({ filename: "message.html", template: "./src/commands/message.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Page and icon URLs move to the production host; the app domain is that host's origin.
            transform: (content) =>
              content.toString().split(DEV_URL).join(url).split(DEV_URL.replace(/\/$/, "")).join(new URL(url).origin),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      server: "https",
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
    performance: { hints: false },
  };
};
